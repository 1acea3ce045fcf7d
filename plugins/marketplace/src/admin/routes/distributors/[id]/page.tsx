import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text, toast, Toaster } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { useParams } from "react-router-dom"
import {
  DistributorDetail,
  DistributorStatus,
  errorMessage,
  GSTIN_STATUS_COLOR,
  GSTIN_STATUSES,
  GstinStatus,
  indianDate,
  KycDocument,
  NEXT_STATUSES,
  sdk,
  STATUS_COLOR,
} from "../../../lib/sdk"

const NEEDS_REASON: DistributorStatus[] = ["rejected", "suspended"]

const DistributorDetailPage = () => {
  const { id } = useParams()
  const [distributor, setDistributor] = useState<DistributorDetail | null>(null)
  const [reason, setReason] = useState("")
  // A document's rejection reason is its own: typing one must not enable, or ride along with, a status change.
  const [kycReasons, setKycReasons] = useState<Record<string, string>>({})
  // The GSTIN's standing is apart from the commercial status, and so are its reason and the server's refusal.
  const [gstinTarget, setGstinTarget] = useState<GstinStatus | "">("")
  const [gstinReason, setGstinReason] = useState("")
  const [gstinError, setGstinError] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      const data = await sdk.client.fetch<{ distributor: DistributorDetail }>(`/admin/distributors/${id}`)
      setDistributor(data.distributor)
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }, [id])

  useEffect(() => {
    void load()
  }, [load])

  const changeStatus = async (status: DistributorStatus) => {
    try {
      await sdk.client.fetch(`/admin/distributors/${id}/status`, { method: "POST", body: { status, reason: reason || undefined } })
      setReason("")
      toast.success(`Distributor is now ${status.replace("_", " ")}`)
      await load()
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  const recordGstinStatus = async () => {
    setGstinError(null)
    try {
      await sdk.client.fetch(`/admin/distributors/${id}/gstin-status`, {
        method: "POST",
        body: { gstin_status: gstinTarget, reason: gstinReason.trim() || undefined },
      })
      setGstinReason("")
      setGstinTarget("")
      toast.success(`GSTIN ${distributor?.gstin} recorded as ${gstinTarget}`)
      await load()
    } catch (e) {
      // The server has the last word on what a change needs (a reason to suspend or cancel); show its words.
      setGstinError(errorMessage(e))
    }
  }

  const reviewKyc = async (document: KycDocument, status: "approved" | "rejected") => {
    try {
      await sdk.client.fetch(`/admin/kyc-documents/${document.id}/review`, {
        method: "POST",
        body: { status, reason: status === "rejected" ? kycReasons[document.id]?.trim() : undefined },
      })
      setKycReasons({ ...kycReasons, [document.id]: "" })
      await load()
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  if (!distributor) {
    return (
      <Container>
        <Toaster />
        <Text>Loading…</Text>
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Toaster />
      <Container className="flex flex-col gap-y-4">
        <div className="flex items-center justify-between">
          <div>
            <Heading level="h1">{distributor.trade_name || distributor.legal_name}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {distributor.legal_name} · GSTIN {distributor.gstin} · PAN {distributor.pan}
            </Text>
          </div>
          <Badge color={STATUS_COLOR[distributor.status]} data-testid="distributor-status">
            {distributor.status.replace("_", " ")}
          </Badge>
        </div>
        {distributor.status_reason && <Text size="small">Reason: {distributor.status_reason}</Text>}
        <Text size="small">
          Payout account:{" "}
          {distributor.bank_account_last4
            ? `${distributor.bank_account_name} · ${distributor.bank_ifsc} · XXXX${distributor.bank_account_last4}`
            : "not given yet"}
        </Text>
        <Text size="small">Warehouses: {distributor.stock_locations.map((l) => l.name).join(", ") || "none"}</Text>
        <div className="flex items-end gap-x-2" data-testid="status-actions">
          <div className="flex flex-1 flex-col gap-y-1">
            <Label htmlFor="status-reason">Reason (required to reject or suspend; the distributor sees it)</Label>
            <Input id="status-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          {NEXT_STATUSES[distributor.status].map((next) => (
            <Button
              key={next}
              variant={NEEDS_REASON.includes(next) ? "danger" : "primary"}
              disabled={NEEDS_REASON.includes(next) && !reason.trim()}
              onClick={() => changeStatus(next)}
            >
              {next === "in_review" ? "Start review" : next === "verified" ? "Verify" : next === "rejected" ? "Reject" : "Suspend"}
            </Button>
          ))}
        </div>
      </Container>

      <Container className="flex flex-col gap-y-4" data-testid="gstin-section">
        <div className="flex items-center justify-between">
          <div>
            <Heading level="h2">GST registration</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              GSTIN {distributor.gstin} as the GST portal shows it. While it is suspended or cancelled the distributor
              cannot supply, so its listings cannot be bought.
            </Text>
          </div>
          <Badge color={GSTIN_STATUS_COLOR[distributor.gstin_status]} data-testid="gstin-status">
            {distributor.gstin_status}
          </Badge>
        </div>
        {distributor.gstin_status_changed_at && (
          <Text size="small" data-testid="gstin-status-note">
            Recorded {distributor.gstin_status} on {indianDate(distributor.gstin_status_changed_at)}
            {distributor.gstin_status_reason ? `: ${distributor.gstin_status_reason}` : ""}
          </Text>
        )}
        <div className="flex items-end gap-x-2" data-testid="gstin-status-actions">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="gstin-status-select">New status</Label>
            <Select value={gstinTarget} onValueChange={(value) => setGstinTarget(value as GstinStatus)}>
              <Select.Trigger id="gstin-status-select" className="w-40">
                <Select.Value placeholder="Choose" />
              </Select.Trigger>
              <Select.Content>
                {GSTIN_STATUSES.filter((s) => s !== distributor.gstin_status).map((s) => (
                  <Select.Item key={s} value={s}>
                    {s}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-1 flex-col gap-y-1">
            <Label htmlFor="gstin-status-reason">
              The order or notice on the GST portal (required to suspend or cancel; the distributor sees it)
            </Label>
            <Input id="gstin-status-reason" value={gstinReason} onChange={(e) => setGstinReason(e.target.value)} />
          </div>
          <Button variant={gstinTarget === "active" ? "primary" : "danger"} disabled={!gstinTarget} onClick={recordGstinStatus}>
            Record GSTIN status
          </Button>
        </div>
        {gstinError && (
          <Text size="small" className="text-ui-fg-error" data-testid="gstin-status-error">
            {gstinError}
          </Text>
        )}
      </Container>

      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          KYC documents
        </Heading>
        <Table>
          <Table.Body>
            {distributor.kyc_documents.map((document) => (
              <Table.Row key={document.id} data-testid="kyc-row">
                <Table.Cell>{document.type.replace(/_/g, " ")}</Table.Cell>
                <Table.Cell>
                  <a href={document.file_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive">
                    {document.filename ?? "file"}
                  </a>
                </Table.Cell>
                <Table.Cell>
                  <Badge color={STATUS_COLOR[document.status]}>{document.status}</Badge>
                  {document.reason ? ` ${document.reason}` : ""}
                </Table.Cell>
                <Table.Cell className="flex items-center gap-x-2">
                  <Input
                    size="small"
                    placeholder="Reason to reject"
                    value={kycReasons[document.id] ?? ""}
                    onChange={(e) => setKycReasons({ ...kycReasons, [document.id]: e.target.value })}
                  />
                  <Button size="small" variant="secondary" onClick={() => reviewKyc(document, "approved")}>
                    Approve
                  </Button>
                  <Button
                    size="small"
                    variant="danger"
                    disabled={!kycReasons[document.id]?.trim()}
                    onClick={() => reviewKyc(document, "rejected")}
                  >
                    Reject
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>

      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          Members
        </Heading>
        <Table>
          <Table.Body>
            {distributor.members.map((m) => (
              <Table.Row key={m.id}>
                <Table.Cell>{m.name ?? "—"}</Table.Cell>
                <Table.Cell>{m.email}</Table.Cell>
                <Table.Cell>{m.role}</Table.Cell>
                <Table.Cell>{m.status}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>

      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          Status history
        </Heading>
        <Table>
          <Table.Body>
            {distributor.status_changes.map((c) => (
              <Table.Row key={c.id} data-testid="status-change-row">
                <Table.Cell>{new Date(c.changed_at).toLocaleString("en-IN")}</Table.Cell>
                <Table.Cell>
                  {(c.from_status ?? "—").replace("_", " ")} → {c.to_status.replace("_", " ")}
                </Table.Cell>
                <Table.Cell>
                  {c.actor_type} {c.actor_id ?? ""}
                </Table.Cell>
                <Table.Cell>{c.reason ?? ""}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export default DistributorDetailPage
