namespace Planner.Invitations;

/// <summary>
/// The secretariat's mailbox, read over IMAP for calendar replies, under <c>Planner:Mail:Imap</c>. Without a
/// <see cref="Host"/>, no mailbox is read. The password is never logged.
/// </summary>
public sealed class ImapOptions
{
    public const string Section = "Planner:Mail:Imap";

    public string? Host { get; set; }

    public int Port { get; set; } = 993;

    /// <summary><c>none</c>, <c>starttls</c> (required), <c>ssl</c> (TLS from the start) or <c>auto</c> (STARTTLS when offered).</summary>
    public string Tls { get; set; } = "auto";

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The folder replies arrive in.</summary>
    public string Folder { get; set; } = "INBOX";

    /// <summary>Where a processed reply is moved (created when missing, at the top of the personal namespace).</summary>
    public string ProcessedFolder { get; set; } = "Planner-Processed";

    /// <summary>Seconds to wait for the server on connect and each command.</summary>
    public int TimeoutSeconds { get; set; } = 60;
}
