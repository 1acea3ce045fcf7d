import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Tag } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Text, toast, Toaster } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { errorMessage, Listing, rupees, sdk, STATUS_COLOR } from "../../lib/sdk"

type ListingList = { listings: Listing[]; count: number }

/** The queue of listings waiting for review: approve, or reject with the reason the distributor will see. */
const ListingReviewsPage = () => {
  const [list, setList] = useState<ListingList | null>(null)
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const [variants, setVariants] = useState<Record<string, string>>({})

  const load = useCallback(async () => {
    try {
      setList(await sdk.client.fetch<ListingList>("/admin/listings", { query: { status: "pending", limit: 100 } }))
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }, [])

  useEffect(() => {
    void load()
  }, [load])

  const review = async (listing: Listing, status: "approved" | "rejected") => {
    try {
      await sdk.client.fetch(`/admin/listings/${listing.id}/review`, {
        method: "POST",
        body: { status, reason: reasons[listing.id] || undefined, variant_id: variants[listing.id] || undefined },
      })
      toast.success(`${listing.sku} ${status}`)
      await load()
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  return (
    <Container className="divide-y p-0">
      <Toaster />
      <div className="px-6 py-4">
        <Heading level="h1">Listing review</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {list ? `${list.count} listings wait for review` : "Loading…"}
        </Text>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Distributor</Table.HeaderCell>
            <Table.HeaderCell>Item</Table.HeaderCell>
            <Table.HeaderCell>SKU</Table.HeaderCell>
            <Table.HeaderCell>Price / MRP</Table.HeaderCell>
            <Table.HeaderCell>Stock</Table.HeaderCell>
            <Table.HeaderCell>Decision</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(list?.listings ?? []).map((listing) => (
            <Table.Row key={listing.id} data-testid="listing-row">
              <Table.Cell>
                {listing.distributor.legal_name}{" "}
                <Badge size="2xsmall" color={STATUS_COLOR[listing.distributor.status]}>
                  {listing.distributor.status.replace("_", " ")}
                </Badge>
              </Table.Cell>
              <Table.Cell>
                {listing.product_variant
                  ? `${listing.product_variant.product.title} · ${listing.product_variant.title}`
                  : `New product: ${listing.proposed_product?.title ?? "untitled"}`}
              </Table.Cell>
              <Table.Cell className="font-mono">{listing.sku}</Table.Cell>
              <Table.Cell>
                {rupees(listing.price)} / {rupees(listing.mrp)}
              </Table.Cell>
              <Table.Cell>{listing.stocked_quantity}</Table.Cell>
              <Table.Cell className="flex items-center gap-x-2">
                {!listing.variant_id && (
                  <Input
                    size="small"
                    placeholder="variant_id of the created product"
                    value={variants[listing.id] ?? ""}
                    onChange={(e) => setVariants({ ...variants, [listing.id]: e.target.value })}
                  />
                )}
                <Input
                  size="small"
                  placeholder="Reason to reject"
                  value={reasons[listing.id] ?? ""}
                  onChange={(e) => setReasons({ ...reasons, [listing.id]: e.target.value })}
                />
                <Button size="small" onClick={() => review(listing, "approved")}>
                  Approve
                </Button>
                <Button size="small" variant="danger" disabled={!reasons[listing.id]?.trim()} onClick={() => review(listing, "rejected")}>
                  Reject
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Listing review", icon: Tag })

export default ListingReviewsPage
