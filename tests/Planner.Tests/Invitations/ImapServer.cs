using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace Planner.Tests.Invitations;

/// <summary>
/// A real IMAP server: Debian's dovecot (package <c>dovecot-imapd</c>) run in the foreground with its own
/// configuration in a temporary folder, listening on 127.0.0.1 and a free port, with one mailbox
/// (<see cref="User"/> / <see cref="Password"/>, Maildir). Run as root (as <c>tests/run.sh</c> does), mail is
/// stored as the <c>dovecot</c> user; otherwise as the user running the tests.
/// </summary>
public sealed class ImapServer : IAsyncDisposable
{
    public const string User = "secretariat";
    public const string Password = "imap-test-password";

    private readonly Process _process;
    private readonly string _folder;

    private ImapServer(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public static async Task<ImapServer> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "planner-imap", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "mail"));
        var root = Environment.UserName == "root";
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(folder, (UnixFileMode)0x1FF);
        if (root)
            Run("chown", "dovecot:dovecot", Path.Combine(folder, "mail"));
        var port = FreePort();
        var user = root ? "" : $"""
            default_internal_user = {Environment.UserName}
            default_login_user = {Environment.UserName}
            """;
        var owner = root ? "uid=dovecot gid=dovecot" : $"uid={Environment.UserName} gid={Environment.UserName}";
        await File.WriteAllTextAsync(Path.Combine(folder, "passwd"), $"{User}:{{PLAIN}}{Password}\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "dovecot.conf"), $$"""
            base_dir = {{folder}}/run
            state_dir = {{folder}}/state
            log_path = {{folder}}/dovecot.log
            protocols = imap
            listen = 127.0.0.1
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            mail_location = maildir:{{folder}}/mail/%u
            first_valid_uid = 0
            {{user}}
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{folder}}/passwd
            }
            userdb {
              driver = static
              args = {{owner}} home={{folder}}/mail/%u
            }
            service imap-login {
              inet_listener imap {
                address = 127.0.0.1
                port = {{port}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            service pop3-login {
              inet_listener pop3 {
                port = 0
              }
            }
            service submission-login {
              inet_listener submission {
                port = 0
              }
            }
            """);
        var start = new ProcessStartInfo("/usr/sbin/dovecot") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-F");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Path.Combine(folder, "dovecot.conf"));
        var process = Process.Start(start) ?? throw new InvalidOperationException("dovecot did not start");
        var server = new ImapServer(process, folder, port);
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = await server.ConnectAsync();
                return server;
            }
            catch (Exception e) when (e is SocketException or IOException or ImapProtocolException or AuthenticationException && i < 99)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException("dovecot did not answer: " + await File.ReadAllTextAsync(Path.Combine(folder, "dovecot.log")));
    }

    /// <summary>A signed-in client of the mailbox.</summary>
    public async Task<ImapClient> ConnectAsync()
    {
        var client = new ImapClient { Timeout = 10_000 };
        await client.ConnectAsync("127.0.0.1", Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(User, Password);
        return client;
    }

    /// <summary>Delivers <paramref name="message"/> to the inbox, as the mail server would.</summary>
    public async Task DeliverAsync(MimeMessage message)
    {
        using var client = await ConnectAsync();
        await client.Inbox.AppendAsync(message);
        await client.DisconnectAsync(true);
    }

    /// <summary>The Message-IDs in <paramref name="folder"/> (empty when it does not exist).</summary>
    public async Task<IReadOnlyList<string>> MessageIdsAsync(string folder)
    {
        using var client = await ConnectAsync();
        IMailFolder box;
        try
        {
            box = await client.GetFolderAsync(folder);
        }
        catch (FolderNotFoundException)
        {
            return [];
        }

        await box.OpenAsync(FolderAccess.ReadOnly);
        var ids = new List<string>();
        for (var i = 0; i < box.Count; i++)
            ids.Add((await box.GetMessageAsync(i)).MessageId ?? "");
        return ids;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string command, params string[] args)
    {
        using var process = Process.Start(command, args);
        process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
