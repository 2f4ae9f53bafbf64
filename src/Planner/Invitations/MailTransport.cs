using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Planner.Invitations;

/// <summary>Where dispatched messages go: an SMTP server over one connection, or <c>.eml</c> files.</summary>
public interface IMailTransport : IAsyncDisposable
{
    /// <summary>Hands over one message; returns only once it was accepted (throws otherwise).</summary>
    Task SendAsync(MimeMessage message, long outboxId, CancellationToken cancellationToken);
}

/// <summary>
/// Sends over one SMTP connection, opened at the first message and reused for all messages of a run.
/// </summary>
public sealed class SmtpTransport(SmtpOptions options) : IMailTransport
{
    private readonly SmtpClient _client = new() { Timeout = Math.Max(1, options.TimeoutSeconds) * 1000 };

    public async Task SendAsync(MimeMessage message, long outboxId, CancellationToken cancellationToken)
    {
        if (!_client.IsConnected)
        {
            var tls = options.Tls.ToUpperInvariant() switch
            {
                "NONE" => SecureSocketOptions.None,
                "STARTTLS" => SecureSocketOptions.StartTls,
                "SSL" => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.StartTlsWhenAvailable,
            };
            await _client.ConnectAsync(await OpenSocketAsync(options.Host ?? "localhost", options.Port, cancellationToken),
                options.Host ?? "localhost", options.Port, tls, cancellationToken);
            if (!string.IsNullOrEmpty(options.User))
                await _client.AuthenticateAsync(options.User, options.Password ?? "", cancellationToken);
        }

        await _client.SendAsync(message, cancellationToken);
    }

    /// <summary>
    /// A TCP connection with Nagle's algorithm off: MailKit writes a message in pieces, and with Nagle on, the
    /// last piece waits for the server's delayed ACK (40 ms on Linux) — a ceiling of about 20 messages a second.
    /// </summary>
    public static async Task<System.Net.Sockets.Socket> OpenSocketAsync(string host, int port, CancellationToken cancellationToken)
    {
        var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(host, port, cancellationToken);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            try
            {
                await _client.DisconnectAsync(quit: true);
            }
            catch (Exception e) when (e is IOException or MailKit.ProtocolException or System.Net.Sockets.SocketException)
            {
                // The server went away; the messages already accepted stay accepted.
            }
        }

        _client.Dispose();
    }
}

/// <summary>
/// With no SMTP server configured: writes each message to <c>&lt;DataDirectory&gt;/outbox/&lt;id&gt;.eml</c>
/// (written to a temporary name first, so a file exists only when complete).
/// </summary>
public sealed class EmlTransport(string folder) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, long outboxId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{outboxId:D6}.eml");
        var temporary = path + ".tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
