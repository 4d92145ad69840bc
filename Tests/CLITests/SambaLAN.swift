import Foundation
import TestSupport
#if canImport(Glibc)
    import Glibc
#endif

/// A real Samba server on loopback for one test: Unix users and groups made
/// for it (removed again), `smbd` on a free port with every state folder in
/// a temporary folder, and `smbclient` (a client nobody here wrote) to drive it.
final class SambaLAN {
    static let smbd = "/usr/sbin/smbd"
    static let tools = [smbd, "/usr/bin/smbclient", "/usr/bin/smbpasswd", "/usr/sbin/useradd", "/usr/sbin/groupadd"]

    /// Why Samba cannot run here, if it cannot.
    static var missing: String? {
        let absent = tools.filter { !FileManager.default.isExecutableFile(atPath: $0) }
        guard absent.isEmpty else {
            return "missing \(absent.joined(separator: ", ")): install samba and smbclient (scripts/setup.sh does, with apt-get)"
        }
        return nil
    }

    let folder: URL
    let runner: CommandRunner
    let port: Int
    private(set) var accounts: [String] = []
    var configuration: URL { folder.appendingPathComponent("smb.conf") }

    init(in folder: URL) throws {
        self.folder = folder.appendingPathComponent("samba", isDirectory: true)
        runner = CommandRunner(workingDirectory: folder)
        port = try Self.freePort()
        for sub in ["private", "lock", "state", "cache", "pid", "ncalrpc"] {
            try FileManager.default.createDirectory(at: self.folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
    }

    /// A Unix group and a user of the same name in it alone, with no home and no login.
    func makeAccount(_ name: String) throws {
        let result = try runner.shell("groupadd \(name) && useradd -M -N -g \(name) -s /usr/sbin/nologin \(name)")
        guard result.status == 0 else { throw SambaFailure("cannot make account \(name): \(result.stderr)") }
        accounts.append(name)
    }

    /// Starts smbd with the shares `fragment` (what `ec4x share --samba` printed) and a password per user.
    func start(fragment: String, passwords: [String: String]) throws {
        let root = folder.path
        let global = """
            [global]
               server role = standalone server
               smb ports = \(port)
               interfaces = lo
               bind interfaces only = yes
               disable netbios = yes
               map to guest = never
               private dir = \(root)/private
               lock directory = \(root)/lock
               state directory = \(root)/state
               cache directory = \(root)/cache
               pid directory = \(root)/pid
               ncalrpc dir = \(root)/ncalrpc
               passdb backend = tdbsam:\(root)/private/passdb.tdb
               log file = \(root)/log.%m
               load printers = no
               printing = bsd
               printcap name = /dev/null
               disable spoolss = yes

            """
        try Data((global + fragment).utf8).write(to: configuration)
        for (user, password) in passwords.sorted(by: { $0.key < $1.key }) {
            let result = try runner.shell("printf '%s\\n%s\\n' '\(password)' '\(password)' | smbpasswd -c '\(configuration.path)' -s -a \(user)")
            guard result.status == 0 else { throw SambaFailure("smbpasswd -a \(user) failed: \(result.stdout)\(result.stderr)") }
        }
        // As a host runs it: a daemon of its own, its pid in the pid folder.
        // Every descriptor but the standard ones closed, and those to /dev/null: a daemon
        // holding one of the runner's pipes open would keep it waiting for ever.
        let closeInherited = #"for fd in $(ls /proc/$$/fd); do [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done"#
        let started = try runner.run(
            ["-c", "\(closeInherited) 2>/dev/null; \(Self.smbd) --daemon --no-process-group -d 2 -s '\(configuration.path)' </dev/null >/dev/null 2>&1"],
            executable: URL(fileURLWithPath: "/bin/bash"))
        guard started.status == 0 else { throw SambaFailure("smbd did not start (exit \(started.status)): \(log)") }
        guard waitFor(timeout: patience, { Self.accepts(port: self.port) }) else {
            throw SambaFailure("smbd did not listen on port \(port): \(log)")
        }
    }

    /// Runs smbclient as `user` on `share` with the commands `commands` (`;`-separated).
    func client(_ user: String, _ password: String, share: String, _ commands: String) throws -> CommandRunner.Result {
        try runner.run(
            ["-p", "\(port)", "-U", "\(user)%\(password)", "//127.0.0.1/\(share)", "-c", commands],
            executable: URL(fileURLWithPath: "/usr/bin/smbclient"))
    }

    /// What smbd logged (`log file = …/log.%m`: the server's own lines are in log.smbd).
    var log: String { (try? String(contentsOf: folder.appendingPathComponent("log.smbd"), encoding: .utf8)) ?? "" }

    /// The pid smbd wrote in its pid folder.
    var serverPID: pid_t? {
        let pidFolder = folder.appendingPathComponent("pid")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: pidFolder.path)) ?? []
        guard let name = names.first(where: { $0.hasPrefix("smbd") && $0.hasSuffix(".pid") }),
            let text = try? String(contentsOf: pidFolder.appendingPathComponent(name), encoding: .utf8)
        else { return nil }
        return pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    func stop() {
        if let pid = serverPID, kill(pid, SIGTERM) == 0 {
            _ = waitFor(timeout: 10) { kill(pid, 0) != 0 }
        }
        for name in accounts.reversed() {
            _ = try? runner.shell("userdel \(name) 2>/dev/null; groupdel \(name) 2>/dev/null; true")
        }
        accounts = []
    }

    deinit { stop() }

    static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw SambaFailure("no socket") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw SambaFailure("cannot find a free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func accepts(port: Int) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return false }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}

struct SambaFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
