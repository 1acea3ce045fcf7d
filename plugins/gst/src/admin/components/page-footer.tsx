import { Button, Text } from "@medusajs/ui"

type PageFooterProps = {
  /** What the list holds, e.g. "3 registrations"; null while it loads. */
  summary: string | null
  page: number
  pages: number
  onPage: (page: number) => void
}

/** The count, the page and Previous/Next under every paginated GST list. */
export const PageFooter = ({ summary, page, pages, onPage }: PageFooterProps) => (
  <div className="flex items-center justify-between px-6 py-3">
    <Text size="small">
      {summary ?? "Loading…"} · page {page + 1} of {pages}
    </Text>
    <div className="flex gap-x-2">
      <Button size="small" variant="secondary" disabled={page === 0} onClick={() => onPage(page - 1)}>
        Previous
      </Button>
      <Button size="small" variant="secondary" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
        Next
      </Button>
    </div>
  </div>
)
