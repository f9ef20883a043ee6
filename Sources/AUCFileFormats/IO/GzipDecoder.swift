import CZlib

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// zlib's inflate over a file descriptor: the gzip members of a file, one after another, as
/// `zcat` reads them.
///
/// Unlike zlib's `gzread`, which passes a file that is not gzip through unchanged and ignores
/// whatever follows the last member, the decoder accepts only whole gzip members: anything
/// else, at the start or after a member, is an error naming its byte offset, and so is a
/// member cut short. Messages name the file, never zlib's `<fd:N>`.
final class GzipDecoder {
  private let descriptor: Int32
  private let displayName: String
  private let stream: UnsafeMutablePointer<z_stream>
  private let input: UnsafeMutablePointer<UInt8>
  private static let inputCapacity = 1 << 17
  /// Compressed bytes read from the descriptor so far.
  private(set) var compressedBytesRead = 0
  private var inputAtEnd = false
  /// Whether a member is being decoded; between members (and before the first) the next
  /// bytes must start another member or be the end of the file.
  private var inMember = false
  private var membersRead = 0

  /// A decoder of `descriptor`'s bytes; `displayName` names the file in messages.
  init(descriptor: Int32, displayName: String) throws(DataError) {
    self.descriptor = descriptor
    self.displayName = displayName
    stream = .allocate(capacity: 1)
    stream.initialize(to: z_stream())
    input = .allocate(capacity: Self.inputCapacity)
    // 15 + 16: a gzip wrapper (not zlib, not raw deflate) with the largest window.
    let status = inflateInit2_(
      stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
    guard status == Z_OK else {
      input.deallocate()
      stream.deallocate()
      throw DataError(location: displayName, message: "cannot start the gzip decoder")
    }
  }

  deinit {
    inflateEnd(stream)
    stream.deinitialize(count: 1)
    stream.deallocate()
    input.deallocate()
  }

  /// Decompresses up to `buffer.count` bytes into `buffer`; 0 means the end of the last member
  /// and of the file.
  func read(into buffer: UnsafeMutableRawBufferPointer) throws(DataError) -> Int {
    guard let output = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self), buffer.count > 0
    else { return 0 }
    let capacity = UInt32(min(buffer.count, Int(UInt32.max)))
    var produced = 0
    while produced == 0 {
      if !inMember {
        while stream.pointee.avail_in < 2 && !inputAtEnd { try refill() }
        guard stream.pointee.avail_in > 0 else { return 0 }  // the end, after whole members
        try startMember()
      } else if stream.pointee.avail_in == 0 && !inputAtEnd {
        try refill()
      }
      stream.pointee.next_out = output
      stream.pointee.avail_out = capacity
      let status = inflate(stream, Z_NO_FLUSH)
      produced = Int(capacity - stream.pointee.avail_out)
      switch status {
      case Z_STREAM_END:
        inMember = false
        membersRead += 1
      case Z_OK:
        break
      case Z_BUF_ERROR where stream.pointee.avail_in == 0 && inputAtEnd:
        throw error("the compressed data end early (truncated file?)")
      case Z_BUF_ERROR:
        break  // no progress without more input: the loop reads more
      case Z_MEM_ERROR:
        throw error("out of memory")
      default:
        let reason = stream.pointee.msg.map { String(cString: $0) } ?? "error \(status)"
        throw error("the compressed data are corrupt (\(reason))")
      }
    }
    return produced
  }

  /// Checks that the next bytes start a gzip member (1f 8b) and resets the decoder for it.
  private func startMember() throws(DataError) {
    let next = stream.pointee.next_in!
    guard stream.pointee.avail_in >= 2, next[0] == 0x1f, next[1] == 0x8b else {
      throw error(
        membersRead == 0
          ? "not gzip data: it does not start with the bytes 1f 8b"
          : "data after the end of the last gzip member are not another gzip member")
    }
    if membersRead > 0 { inflateReset(stream) }
    inMember = true
  }

  /// Moves the unread input to the front of the input buffer and reads more after it.
  private func refill() throws(DataError) {
    let kept = Int(stream.pointee.avail_in)
    if kept > 0, let next = stream.pointee.next_in, next != input {
      input.update(from: next, count: kept)
    }
    while true {
      let count = systemRead(descriptor, input + kept, Self.inputCapacity - kept)
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else {
        throw DataError(
          location: displayName, message: "read failed: \(FileKind.lastSystemError)")
      }
      if count == 0 { inputAtEnd = true }
      compressedBytesRead += count
      stream.pointee.next_in = input
      stream.pointee.avail_in = UInt32(kept + count)
      return
    }
  }

  /// An error at the first compressed byte not yet decoded.
  private func error(_ message: String) -> DataError {
    let offset = compressedBytesRead - Int(stream.pointee.avail_in)
    return DataError(location: "\(displayName): byte \(offset)", message: "gzip: \(message)")
  }
}
