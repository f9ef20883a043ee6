import AUCTestSupport
import Foundation
import Testing

@testable import AUCFileFormats

/// The temporary file of an atomic write: an unguessable name, created exclusively, never
/// through a file or link that is already there, and removed unless it is put in place.
@Suite("Temporary files")
struct TemporaryFileTests {
  typealias Folder = TemporaryFolder

  @Test("names are 12 random letters and digits after TARGET.tmp-, each one new")
  func names() throws {
    let folder = try Folder()
    let target = folder.url.appendingPathComponent("s.aucstate").path
    let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    var seen = Set<String>()
    for _ in 0..<200 {
      let name = TemporaryFile.randomName()
      #expect(name.count == 12 && name.allSatisfy(allowed.contains), "\(name)")
      seen.insert(name)
    }
    #expect(seen.count == 200)
    let file = try TemporaryFile(nextTo: target, permissions: 0o600)
    #expect(file.path.hasPrefix(target + ".tmp-") && file.path.count == target.count + 17)
  }

  @Test("a name that exists (a planted link) is not opened: the next name is drawn")
  func plantedNameSkipped() throws {
    let folder = try Folder()
    let target = folder.url.appendingPathComponent("s.aucstate").path
    let victim = try folder.write("precious", to: "victim.txt")
    let planted = target + ".tmp-planted"
    try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: victim)
    var names = ["planted", "fresh"].makeIterator()
    do {
      let file = try TemporaryFile(nextTo: target, permissions: 0o600) { names.next()! }
      #expect(file.path == target + ".tmp-fresh")
      try DescriptorOutput.write("new", to: file.descriptor)
      #expect(
        try folder.fileNames() == ["s.aucstate.tmp-fresh", "s.aucstate.tmp-planted", "victim.txt"])
    }
    // Not put in place: removed when it goes away; the planted link and its victim stay.
    #expect(try folder.fileNames() == ["s.aucstate.tmp-planted", "victim.txt"])
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
    // Every name taken: the error is EEXIST, after a bounded number of draws.
    var draws = 0
    #expect(throws: SystemError(code: EEXIST)) {
      try TemporaryFile(nextTo: target, permissions: 0o600) {
        draws += 1
        return "planted"
      }
    }
    #expect(draws == TemporaryFile.attemptCount)
  }

  @Test("put in place, the file replaces the target and its name is gone")
  func placed() throws {
    let folder = try Folder()
    let target = try folder.write("old", to: "s.aucstate")
    do {
      let file = try TemporaryFile(nextTo: target, permissions: 0o600)
      try DescriptorOutput.write("new", to: file.descriptor)
      try file.place(onto: target)
    }
    #expect(try folder.fileNames() == ["s.aucstate"])
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
  }
}
