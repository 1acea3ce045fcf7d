import { decryptAccountNumber, encryptAccountNumber, validateAccountNumber, validateIfsc } from "./bank-account"

describe("bank details", () => {
  it.each([
    ["HDFC0001234", true],
    ["hdfc0001234", true],
    ["SBIN0ABC123", true],
    ["HDFC1001234", false],
    ["HDF00001234", false],
    ["HDFC000123", false],
  ])("IFSC %s valid=%s", (ifsc, valid) => {
    expect(validateIfsc(ifsc).valid).toBe(valid)
  })

  it.each([
    ["123456789", true],
    ["1234 5678 9012 3456", true],
    ["12345678", false],
    ["1234567890123456789", false],
    ["12345678A", false],
  ])("account number %s valid=%s", (account, valid) => {
    expect(validateAccountNumber(account).valid).toBe(valid)
  })

  it("round-trips an account number and never stores it in clear", () => {
    const stored = encryptAccountNumber("50100123456789", "secret-a")
    expect(stored).not.toContain("50100123456789")
    expect(decryptAccountNumber(stored, "secret-a")).toBe("50100123456789")
    expect(encryptAccountNumber("50100123456789", "secret-a")).not.toBe(stored)
  })

  it("refuses to decrypt with another key", () => {
    const stored = encryptAccountNumber("50100123456789", "secret-a")
    expect(() => decryptAccountNumber(stored, "secret-b")).toThrow()
  })
})
