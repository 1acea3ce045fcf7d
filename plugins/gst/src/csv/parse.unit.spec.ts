import { CsvSyntaxError, parseCsv, parseCsvWithHeader } from "./parse"

const fields = (text: string) => parseCsv(text).map((r) => r.fields)

describe("parseCsv", () => {
  it.each([
    ["plain fields", "a,b,c\n1,2,3\n", [["a", "b", "c"], ["1", "2", "3"]]],
    ["no newline at the end", "a,b\n1,2", [["a", "b"], ["1", "2"]]],
    ["CRLF line ends", "a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]],
    ["lone CR line ends (old Mac Excel)", "a,b\r1,2\r", [["a", "b"], ["1", "2"]]],
    ["a comma inside quotes", 'code,description\n0802,"Almonds, pistachios"\n', [["code", "description"], ["0802", "Almonds, pistachios"]]],
    ["an escaped quote", 'a\n"12"" pipe"\n', [["a"], ['12" pipe']]],
    ["a line break inside quotes", 'a,b\n"two\r\nlines",x\n', [["a", "b"], ["two\r\nlines", "x"]]],
    ["empty fields", "a,,c\n,,\n", [["a", "", "c"], ["", "", ""]]],
    ["a quoted empty field", 'a\n""\n', [["a"], [""]]],
    ["blank lines skipped", "a,b\n\n1,2\r\n\r\n3,4\n\n", [["a", "b"], ["1", "2"], ["3", "4"]]],
    ["a UTF-8 byte-order mark", "\uFEFFcode,uqc\n1704,KGS\n", [["code", "uqc"], ["1704", "KGS"]]],
    ["non-ASCII text", "a\nमिठाई — ₹\n", [["a"], ["मिठाई — ₹"]]],
    ["an empty file", "", []],
  ])("reads %s", (_name, text, expected) => {
    expect(fields(text)).toEqual(expected)
  })

  it("numbers each record by the line it starts on, counting blank lines and quoted line breaks", () => {
    const records = parseCsv('h\n\n"a\nb"\nc\r\n')
    expect(records.map((r) => r.line)).toEqual([1, 3, 5])
  })

  it.each([
    ["an unclosed quote", 'a\n"open,1\n2\n', 2],
    ["text after a closing quote", 'a\n"x"y\n', 2],
    ["a bare quote in an unquoted field", 'a\nab"c\n', 2],
  ])("refuses %s with the line", (_name, text, line) => {
    expect(() => parseCsv(text)).toThrow(CsvSyntaxError)
    try {
      parseCsv(text)
    } catch (e) {
      expect((e as CsvSyntaxError).line).toBe(line)
    }
  })
})

describe("parseCsvWithHeader", () => {
  it("keys values by trimmed, lower-cased header names and counts surplus values", () => {
    const { header, rows } = parseCsvWithHeader(" Code ,UQC\r\n 1704 , KGS \n\n0801,KGS,extra\n")
    expect(header).toEqual(["code", "uqc"])
    expect(rows).toEqual([
      { row: 2, values: { code: "1704", uqc: "KGS" }, extra: 0 },
      { row: 4, values: { code: "0801", uqc: "KGS" }, extra: 1 },
    ])
  })

  it("fills missing trailing values with empty strings", () => {
    expect(parseCsvWithHeader("a,b,c\n1\n").rows[0].values).toEqual({ a: "1", b: "", c: "" })
  })
})
