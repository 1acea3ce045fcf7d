export * from "./create-gst-registration"
export * from "./update-gst-registration"
export * from "./resolve-gst-supply"
export * from "./set-buyer-tax-context"
