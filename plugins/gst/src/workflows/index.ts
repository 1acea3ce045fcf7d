export * from "./create-gst-registration"
export * from "./update-gst-registration"
