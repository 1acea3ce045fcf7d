import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { linkProductsToSalesChannelWorkflow } from "@medusajs/medusa/core-flows"

/**
 * A product created without any sales channel (through the Admin API, an import, an ERP sync) would
 * never show in a storefront: list it on the store's default sales channel. Products created with
 * channels of their own are left as they are. Runs in the worker when the app is split.
 */
export default async function listNewProductOnDefaultChannel({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const {
    data: [product],
  } = await query.graph({ entity: "product", fields: ["id", "title", "sales_channels.id"], filters: { id: event.data.id } })
  if (!product || (product.sales_channels ?? []).some((channel: { id: string } | null) => channel?.id)) {
    return
  }
  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["id", "default_sales_channel_id"] })
  if (!store?.default_sales_channel_id) {
    return
  }
  await linkProductsToSalesChannelWorkflow(container).run({
    input: { id: store.default_sales_channel_id, add: [product.id] },
  })
  logger.info(`Listed new product ${product.id} (${product.title}) on the default sales channel ${store.default_sales_channel_id}`)
}

export const config: SubscriberConfig = {
  event: "product.created",
  context: { subscriberId: "haat-list-new-product-on-default-channel" },
}
