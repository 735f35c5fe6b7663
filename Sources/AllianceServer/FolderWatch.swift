import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Looks at the folder for changes on a thread of its own: at once when the kernel reports that a
/// file in it was written and closed, moved, created or removed (Linux inotify), else every
/// ``ServerConfiguration/pollInterval`` (at most every ``fallbackInterval`` while the notifications
/// work); each look is ``AllianceWebServer/checkForChanges()``.
///
/// The poll stays for what inotify does not see (network drives, files changed on another computer);
/// the notification only makes a save show without waiting for the next poll. Only finished writes
/// wake it (`IN_CLOSE_WRITE`, not every `IN_MODIFY`), so a file being written is read once it is complete.
final class FolderWatch: @unchecked Sendable {
    private let server: AllianceWebServer
    private let notifications: Int32
    /// A pipe whose write end ``stop()`` writes to, to wake the thread at once.
    private let stopper: (read: Int32, write: Int32)
    private let lock = NSLock()
    // Guarded by `lock`.
    private var stopped = false
    private var watched: Set<String> = []
    private var thread: Thread?
    private let done = DispatchSemaphore(value: 0)

    /// How often the folder is polled at most while the kernel's notifications work.
    static let fallbackInterval: Duration = .milliseconds(500)

    /// The kernel's events that wake the watcher.
    static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_ATTRIB)

    init(server: AllianceWebServer) {
        self.server = server
        #if os(Linux)
        notifications = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        #else
        notifications = -1
        #endif
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) != 0 { ends = [-1, -1] }
        for end in ends where end >= 0 { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        stopper = (ends[0], ends[1])
    }

    /// Whether the kernel's notifications are in use (else only the poll).
    var notifies: Bool { notifications >= 0 }

    /// Starts the thread.
    func start() {
        watchFolders()
        let thread = Thread { [self] in loop() }
        thread.name = "alliance-serve-watch"
        lock.withLock { self.thread = thread }
        thread.start()
    }

    /// Stops the thread and waits for it.
    func stop() {
        let running = lock.withLock { () -> Bool in
            defer { stopped = true }
            return thread != nil && !stopped
        }
        if stopper.write >= 0 {
            var byte: UInt8 = 1
            _ = write(stopper.write, &byte, 1)
        }
        if running { done.wait() }
        for descriptor in [notifications, stopper.read, stopper.write] where descriptor >= 0 { close(descriptor) }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func loop() {
        defer { done.signal() }
        // With the kernel's notices the poll is only the fallback: not more often than every 0.5 s, so
        // that it seldom looks at a file in the middle of being written (a save is seen by its notice).
        let configured = server.configuration.pollInterval
        let interval = (notifies ? max(configured, Self.fallbackInterval) : configured).components
        let milliseconds = Int32(max(1, interval.seconds * 1000 + interval.attoseconds / 1_000_000_000_000_000))
        var buffer = [UInt8](repeating: 0, count: 8192)
        while !isStopped {
            // A negative descriptor is left out by poll(2): without inotify this is the poll's sleep.
            var descriptors = [pollfd(fd: notifications, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: stopper.read, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&descriptors, 2, milliseconds)
            if ready > 0, descriptors[0].revents != 0 {
                // Drain what the kernel queued: one look covers every event so far.
                while read(notifications, &buffer, buffer.count) > 0 {}
            }
            if isStopped { break }
            if !server.checkForChanges().isEmpty { watchFolders() }
        }
    }

    /// Watches the folder and every folder holding one of its files (files in subfolders count too).
    private func watchFolders() {
        guard notifications >= 0 else { return }
        var folders: Set<String> = [server.folder.path]
        for entry in server.folder.files { folders.insert((entry.path as NSString).deletingLastPathComponent) }
        let new = lock.withLock { folders.subtracting(watched) }
        for folder in new where inotify_add_watch(notifications, folder, Self.mask) >= 0 {
            lock.withLock { _ = watched.insert(folder) }
        }
    }
}
