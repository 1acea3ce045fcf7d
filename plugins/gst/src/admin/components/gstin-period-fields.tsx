import { Input, Label, Select } from "@medusajs/ui"

type GstinPeriodFieldsProps = {
  /** Prefix of the fields' ids (`<prefix>-gstin`, `<prefix>-period`), so each page keeps its own. */
  idPrefix: string
  gstins: string[]
  gstin: string
  onGstin: (gstin: string) => void
  /** YYYY-MM. */
  period: string
  onPeriod: (period: string) => void
}

/** The GSTIN and month a GST return is prepared for, as the returns and GSTR-8 pages ask for them. */
export const GstinPeriodFields = ({ idPrefix, gstins, gstin, onGstin, period, onPeriod }: GstinPeriodFieldsProps) => (
  <>
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={`${idPrefix}-gstin`}>GSTIN</Label>
      <Select value={gstin} onValueChange={onGstin}>
        <Select.Trigger id={`${idPrefix}-gstin`}>
          <Select.Value placeholder="Choose a GSTIN" />
        </Select.Trigger>
        <Select.Content>
          {gstins.map((g) => (
            <Select.Item key={g} value={g}>
              {g}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={`${idPrefix}-period`}>Period</Label>
      <Input id={`${idPrefix}-period`} type="month" value={period} onChange={(e) => onPeriod(e.target.value)} />
    </div>
  </>
)
