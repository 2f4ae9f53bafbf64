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
/// <remarks>
/// Commands are waited for <see cref="SmtpOptions.TimeoutSeconds"/>; handing over a message, up to
/// <see cref="SmtpOptions.FinalReplySeconds"/> (RFC 5321's 10 minutes for the reply to the end of the data). When
/// that reply still does not come after the whole message was written, the server may have taken it:
/// <see cref="OutcomeUnknownException"/> says so, and the message is not sent again by itself.
/// </remarks>
public sealed class SmtpTransport : IMailTransport
{
    private readonly SmtpOptions _options;
    private readonly MessageEndWatch _watch = new();
    private readonly SmtpClient _client;

    public SmtpTransport(SmtpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _client = new SmtpClient(_watch) { Timeout = Math.Max(1, options.TimeoutSeconds) * 1000 };
    }

    public async Task SendAsync(MimeMessage message, long outboxId, CancellationToken cancellationToken)
    {
        if (!_client.IsConnected)
        {
            _client.Timeout = Math.Max(1, _options.TimeoutSeconds) * 1000;
            var tls = _options.Tls.ToUpperInvariant() switch
            {
                "NONE" => SecureSocketOptions.None,
                "STARTTLS" => SecureSocketOptions.StartTls,
                "SSL" => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.StartTlsWhenAvailable,
            };
            await _client.ConnectAsync(await OpenSocketAsync(_options.Host ?? "localhost", _options.Port, cancellationToken),
                _options.Host ?? "localhost", _options.Port, tls, cancellationToken);
            if (!string.IsNullOrEmpty(_options.User))
                await _client.AuthenticateAsync(_options.User, _options.Password ?? "", cancellationToken);
        }

        _watch.Reset();
        _client.Timeout = Math.Max(1, Math.Max(_options.TimeoutSeconds, _options.FinalReplySeconds)) * 1000;
        try
        {
            await _client.SendAsync(message, cancellationToken);
        }
        catch (Exception e) when (_watch.WholeMessageWritten && IsTimeout(e) && !cancellationToken.IsCancellationRequested)
        {
            throw new OutcomeUnknownException(
                $"The whole message was sent, but the server gave no final reply within {_options.FinalReplySeconds} s; it may have been delivered.", e);
        }
        finally
        {
            if (_client.IsConnected)
                _client.Timeout = Math.Max(1, _options.TimeoutSeconds) * 1000;
        }
    }

    private static bool IsTimeout(Exception e) => e switch
    {
        TimeoutException or OperationCanceledException => true,
        System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.TimedOut } => true,
        _ => e.InnerException is { } inner && IsTimeout(inner),
    };

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
        _watch.Dispose();
    }
}

/// <summary>The whole message reached the server, whose final reply did not come: it may or may not have been delivered.</summary>
public sealed class OutcomeUnknownException : Exception
{
    public OutcomeUnknownException()
    {
    }

    public OutcomeUnknownException(string message)
        : base(message)
    {
    }

    public OutcomeUnknownException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// Watches what the SMTP client writes (MailKit's protocol log) for the end of a message: the line with a single dot
/// after DATA, or a <c>BDAT … LAST</c> command. Keeps only the last bytes written, never the message.
/// </summary>
internal sealed class MessageEndWatch : MailKit.IProtocolLogger
{
    private readonly byte[] _tail = new byte[5];
    private int _length;

    /// <summary>Whether the end of the message was written since <see cref="Reset"/>.</summary>
    public bool WholeMessageWritten { get; private set; }

    public MailKit.IAuthenticationSecretDetector? AuthenticationSecretDetector { get; set; }

    public void Reset()
    {
        WholeMessageWritten = false;
        _length = 0;
    }

    public void LogClient(byte[] buffer, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (count >= 5 && count < 100 && System.Text.Encoding.ASCII.GetString(buffer, offset, count) is var command
            && command.StartsWith("BDAT ", StringComparison.OrdinalIgnoreCase) && command.TrimEnd().EndsWith(" LAST", StringComparison.OrdinalIgnoreCase))
            WholeMessageWritten = true;
        if (count >= _tail.Length)
        {
            Array.Copy(buffer, offset + count - _tail.Length, _tail, 0, _tail.Length);
            _length = _tail.Length;
            count = 0;
        }

        for (var i = offset; i < offset + count; i++)
        {
            if (_length == _tail.Length)
            {
                Array.Copy(_tail, 1, _tail, 0, _tail.Length - 1);
                _length--;
            }

            _tail[_length++] = buffer[i];
        }

        if (_length == 5 && _tail.AsSpan().SequenceEqual("\r\n.\r\n"u8))
            WholeMessageWritten = true;
    }

    public void LogServer(byte[] buffer, int offset, int count)
    {
    }

    public void LogConnect(Uri uri)
    {
    }

    public void Dispose()
    {
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
