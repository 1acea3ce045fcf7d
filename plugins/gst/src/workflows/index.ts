export * from "./create-gst-registration"
export * from "./update-gst-registration"
export * from "./create-gst-return-export"
export * from "./prepare-gst-return"
