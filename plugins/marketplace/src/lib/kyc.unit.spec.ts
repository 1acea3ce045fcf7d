import { missingKycDocuments } from "./kyc"

describe("KYC completeness", () => {
  it.each([
    [[], ["gst_certificate", "pan_card"]],
    [[{ type: "gst_certificate", status: "pending" }], ["pan_card"]],
    [[{ type: "gst_certificate", status: "approved" }, { type: "pan_card", status: "pending" }], []],
    [[{ type: "gst_certificate", status: "rejected" }, { type: "pan_card", status: "pending" }], ["gst_certificate"]],
    [
      [
        { type: "gst_certificate", status: "rejected" },
        { type: "gst_certificate", status: "pending" },
        { type: "pan_card", status: "approved" },
      ],
      [],
    ],
    [[{ type: "other", status: "approved" }], ["gst_certificate", "pan_card"]],
  ])("%j is missing %j", (documents, missing) => {
    expect(missingKycDocuments(documents)).toEqual(missing)
  })
})
