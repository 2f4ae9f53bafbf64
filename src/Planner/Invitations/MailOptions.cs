namespace Planner.Invitations;

/// <summary>
/// The SMTP server, under <c>Planner:Smtp</c>. With no <see cref="Host"/>, messages are written as
/// <c>.eml</c> files to <c>&lt;DataDirectory&gt;/outbox/</c> instead. The password is never logged.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Planner:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary><c>none</c>, <c>starttls</c> (required), <c>ssl</c> (TLS from the start) or <c>auto</c> (STARTTLS when offered).</summary>
    public string Tls { get; set; } = "auto";

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Seconds to wait for the server on connect, authentication and each command before the message.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// Seconds to wait for the server while a message is handed over, its final reply after the whole message
    /// included: 10 minutes, as RFC 5321 (4.5.3.2.6) asks, since a server may check the message before it answers.
    /// </summary>
    public int FinalReplySeconds { get; set; } = 600;

    /// <summary>
    /// Why mail cannot be sent as configured, or null: a clustered setup (<see cref="Hosting.PlannerOptions.Clustered"/>)
    /// needs an SMTP server, since the <c>.eml</c> folder used without one would be on one host's disk only.
    /// </summary>
    public static string? ClusterProblem(Hosting.PlannerOptions planner, SmtpOptions smtp)
    {
        ArgumentNullException.ThrowIfNull(planner);
        ArgumentNullException.ThrowIfNull(smtp);
        return planner.Clustered && string.IsNullOrWhiteSpace(smtp.Host)
            ? "Planner:Smtp:Host is not set. With Planner:Database set, several hosts share one database and mail must go to an "
              + "SMTP server: written as .eml files it would stay on one host's disk. Set Planner:Smtp:Host (and Port, Tls, User, Password)."
            : null;
    }
}

/// <summary>How Planner writes and sends its mail, under <c>Planner:Mail</c>.</summary>
public sealed class MailOptions
{
    public const string Section = "Planner:Mail";

    /// <summary>
    /// The secretariat's address: sender of every message and ORGANIZER of every calendar entry. Its name, in the
    /// party's language, is the organisation's (<c>Planner:Organisation:Secretariat</c>).
    /// </summary>
    public string FromAddress { get; set; } = "secretariat@planner.example";

    /// <summary>The address at which parties reach this service; RSVP links start with it.</summary>
    public string PublicUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>
    /// Whether the dispatch job sends the outbox every 30 seconds, and each host right after it queued invitations
    /// (<see cref="MailNudge"/>); tests turn it off and run the work by hand.
    /// </summary>
    public bool AutoDispatch { get; set; } = true;

    /// <summary>
    /// Seconds a host's claim on a message lasts (renewed every third of it while the message is still being
    /// handed over): how long a message a dead host was sending waits before another host sends it. Default 15, at least 3.
    /// </summary>
    public int LeaseSeconds { get; set; } = 15;

    /// <summary>After this many transient failures a message is marked failed.</summary>
    public int MaxAttempts { get; set; } = 12;
}
