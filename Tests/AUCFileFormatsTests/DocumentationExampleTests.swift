import AUCFileFormats
import AUCMetrics
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The examples in the documentation comments of `AUCFileFormats`, with their stated values.
@Suite("Documentation examples of the file formats")
struct DocumentationExampleTests {
  @Test("MessageText: control characters escaped, long lists cut")
  func messageText() {
    #expect(MessageText.escaped("a\u{1B}[31mb") == #"a\u{1B}[31mb"#)
    #expect(MessageText.quotedList(["a", "b", "c"], shown: 2) == #""a", "b" … and 1 more"#)
  }

  @Test("SystemError(code: ENOSPC): No space left on device")
  func systemError() {
    #expect(SystemError(code: ENOSPC).description == "No space left on device")
  }

  @Test("Double.parsePrefix reads 2.5e-3 and stops at the comma")
  func parsePrefix() {
    "2.5e-3,1".withCString { text in
      let parsed = Double.parsePrefix(text)
      #expect(parsed.value == 0.0025)
      #expect(parsed.end - text == 6)
    }
  }
}
