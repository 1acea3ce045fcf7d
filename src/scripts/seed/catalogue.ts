/**
 * The demo catalogue: real product kinds of an Indian sweets, snacks and wellness shop, with the HSN
 * heading each is classified under (Customs Tariff chapters, as GST uses them).
 * Prices are MRP in rupees for the first size; larger sizes scale by weight.
 */
export type CatalogueItem = {
  category: string
  title: string
  hsn_code: string
  description: string
  sizes: string[]
  inr: number
  /** Net contents of sizes that are not themselves a quantity ("Small", "Large"), as the label declares them. */
  net_quantities?: Record<string, string>
}

export const CATEGORIES = [
  { name: "Sweets", handle: "sweets", description: "Mithai made fresh: barfi, laddoo, peda, halwa" },
  { name: "Namkeen", handle: "namkeen", description: "Savoury snacks: bhujia, mixtures, chakli" },
  { name: "Dry Fruits", handle: "dry-fruits", description: "Cashews, almonds, pistachios, raisins and mixes" },
  { name: "Homeopathy Medicines", handle: "homeopathy", description: "Dilutions, mother tinctures and biochemic tablets" },
  { name: "Gift Boxes", handle: "gift-boxes", description: "Festive hampers for Diwali, Raksha Bandhan and weddings" },
]

const WEIGHTS = ["250 g", "500 g", "1 kg"]
// Boxes and hampers: the large one holds 9/5 of the small, as its price does (sizeRatio).
const BOX_CONTENTS = { Small: "500 g", Large: "900 g" }
const PACKS = ["30 ml", "100 ml"]

export const CATALOGUE: CatalogueItem[] = [
  { category: "sweets", title: "Kaju Katli", hsn_code: "21069099", description: "Cashew fudge diamonds with silver varq", sizes: WEIGHTS, inr: 320 },
  { category: "sweets", title: "Motichoor Laddoo", hsn_code: "21069099", description: "Fine boondi laddoo in pure ghee", sizes: WEIGHTS, inr: 180 },
  { category: "sweets", title: "Mohanthal", hsn_code: "21069099", description: "Gujarati gram-flour fudge with cardamom", sizes: WEIGHTS, inr: 200 },
  { category: "sweets", title: "Soan Papdi", hsn_code: "21069099", description: "Flaky gram-flour and ghee sweet", sizes: WEIGHTS, inr: 120 },
  { category: "sweets", title: "Mathura Peda", hsn_code: "21069099", description: "Caramelised milk peda", sizes: WEIGHTS, inr: 220 },
  { category: "sweets", title: "Dharwad Peda", hsn_code: "21069099", description: "Slow-cooked milk sweet from Karnataka", sizes: WEIGHTS, inr: 240 },
  { category: "sweets", title: "Gulab Jamun Tin", hsn_code: "21069099", description: "Milk dumplings in rose syrup, tinned", sizes: ["500 g", "1 kg"], inr: 190 },
  { category: "sweets", title: "Rasgulla Tin", hsn_code: "21069099", description: "Spongy chhena balls in syrup, tinned", sizes: ["500 g", "1 kg"], inr: 170 },
  { category: "sweets", title: "Jaggery Chikki", hsn_code: "17049090", description: "Peanut brittle with jaggery", sizes: WEIGHTS, inr: 90 },
  { category: "namkeen", title: "Bikaneri Bhujia", hsn_code: "21069099", description: "Moth-bean bhujia, Bikaner style", sizes: WEIGHTS, inr: 80 },
  { category: "namkeen", title: "Khatta Meetha Mixture", hsn_code: "21069099", description: "Sweet and tangy mixture", sizes: WEIGHTS, inr: 75 },
  { category: "namkeen", title: "Aloo Bhujia", hsn_code: "21069099", description: "Potato and gram-flour sev", sizes: WEIGHTS, inr: 70 },
  { category: "namkeen", title: "Khakhra Methi", hsn_code: "19059090", description: "Roasted whole-wheat crisps with fenugreek", sizes: ["200 g", "400 g"], inr: 85 },
  { category: "namkeen", title: "Bhavnagari Gathiya", hsn_code: "21069099", description: "Soft gram-flour gathiya from Bhavnagar", sizes: WEIGHTS, inr: 90 },
  { category: "namkeen", title: "Masala Chakli", hsn_code: "21069099", description: "Spiced rice-flour spirals", sizes: WEIGHTS, inr: 95 },
  { category: "namkeen", title: "Chana Jor Garam", hsn_code: "21069099", description: "Flattened spiced chickpeas", sizes: WEIGHTS, inr: 65 },
  { category: "dry-fruits", title: "Cashews W240", hsn_code: "08013220", description: "Whole cashew kernels, grade W240", sizes: WEIGHTS, inr: 290 },
  { category: "dry-fruits", title: "California Almonds", hsn_code: "08021200", description: "Shelled almonds", sizes: WEIGHTS, inr: 250 },
  { category: "dry-fruits", title: "Salted Pistachios", hsn_code: "08025200", description: "Roasted and salted pistachios", sizes: WEIGHTS, inr: 380 },
  { category: "dry-fruits", title: "Golden Raisins", hsn_code: "08062010", description: "Seedless golden raisins", sizes: WEIGHTS, inr: 110 },
  { category: "dry-fruits", title: "Walnut Kernels", hsn_code: "08023200", description: "Light halves, shelled", sizes: WEIGHTS, inr: 330 },
  { category: "dry-fruits", title: "Dried Figs (Anjeer)", hsn_code: "08042020", description: "Sun-dried figs", sizes: WEIGHTS, inr: 310 },
  { category: "dry-fruits", title: "Trail Mix", hsn_code: "08135020", description: "Almonds, cashews, raisins and seeds", sizes: WEIGHTS, inr: 210 },
  { category: "homeopathy", title: "Arnica Montana 30C", hsn_code: "30049014", description: "Homoeopathic dilution", sizes: PACKS, inr: 95 },
  { category: "homeopathy", title: "Nux Vomica 30C", hsn_code: "30049014", description: "Homoeopathic dilution", sizes: PACKS, inr: 95 },
  { category: "homeopathy", title: "Rhus Toxicodendron 200C", hsn_code: "30049014", description: "Homoeopathic dilution", sizes: PACKS, inr: 110 },
  { category: "homeopathy", title: "Belladonna 30C", hsn_code: "30049014", description: "Homoeopathic dilution", sizes: PACKS, inr: 95 },
  { category: "homeopathy", title: "Calendula Q Mother Tincture", hsn_code: "30049014", description: "Mother tincture", sizes: PACKS, inr: 160 },
  { category: "homeopathy", title: "Biocombination No. 28 Tablets", hsn_code: "30049014", description: "Biochemic tablets, 25 g", sizes: ["25 g"], inr: 130 },
  { category: "gift-boxes", title: "Diwali Mithai Hamper", hsn_code: "21069099", description: "Kaju katli, peda and laddoo in a lacquer box", sizes: ["Small", "Large"], inr: 899, net_quantities: BOX_CONTENTS },
  { category: "gift-boxes", title: "Dry Fruit Gift Box", hsn_code: "08135020", description: "Cashews, almonds, pistachios and raisins", sizes: ["Small", "Large"], inr: 1199, net_quantities: BOX_CONTENTS },
  { category: "gift-boxes", title: "Rakhi Sweets Box", hsn_code: "21069099", description: "Assorted sweets with a rakhi", sizes: ["Small", "Large"], inr: 649, net_quantities: BOX_CONTENTS },
  { category: "gift-boxes", title: "Wedding Namkeen Basket", hsn_code: "21069099", description: "Six namkeens in a cane basket", sizes: ["Small", "Large"], inr: 749, net_quantities: BOX_CONTENTS },
]

/** A size's price relative to the first, as a ratio of whole numbers: by weight or volume, 9/5 for "Large". */
export function sizeRatio(sizes: string[], size: string): [number, number] {
  const units = (s: string) => {
    const m = /^(\d+)\s*(g|kg|ml)$/.exec(s)
    return m ? Number(m[1]) * (m[2] === "kg" ? 1000 : 1) : null
  }
  const base = units(sizes[0])
  const this_ = units(size)
  if (base && this_) {
    return [this_, base]
  }
  return size === "Large" ? [9, 5] : [1, 1]
}

/**
 * One unit's net quantity as its label declares it (Legal Metrology (Packaged Commodities) Rules 2011, r.6(1)(e)):
 * the size itself when it is a weight or volume ("500 g", "30 ml"), else the item's declared contents. Stored as
 * the variant's metadata.net_quantity, from which @haat/gst reports the quantity in the HSN's UQC (2 × 500 g =
 * 1.000 KGS on the invoice and in GSTR-1 Table 12).
 */
export function netQuantityOf(item: CatalogueItem, size: string): string | null {
  if (/^\d+(\.\d+)?\s*(g|kg|ml|l)$/.test(size)) return size
  return item.net_quantities?.[size] ?? null
}

/** Whole rupees, in integer arithmetic; MRP-style, ending in 0 or 9. */
export function priceFor(item: CatalogueItem, size: string): number {
  const [num, den] = sizeRatio(item.sizes, size)
  const raw = Math.floor((item.inr * num * 2 + den) / (2 * den))
  const units = raw % 10
  return raw - units + (units >= 5 ? 9 : 0)
}
