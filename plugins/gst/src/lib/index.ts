// The GST rules live in @haat/india so that every Haat plugin can use them without depending on another plugin.
export * from "@haat/india"
