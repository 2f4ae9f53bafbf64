using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using NodaTime;
using Planner.Invitations;
using Planner.Tests.Support;

namespace Planner.Tests.Invitations;

/// <summary>A clock the test moves by hand.</summary>
public sealed class TestClock(Instant now) : IClock
{
    public Instant Now { get; set; } = now;

    public Instant GetCurrentInstant() => Now;

    public void Advance(Duration by) => Now += by;
}

/// <summary>
/// Planner with the demo data, sending to a real SMTP server started for the test, on a fake clock
/// (1 January 2027 by default), with the automatic dispatch off: the test runs the mail work by hand.
/// </summary>
public sealed class MailHost : IAsyncDisposable
{
    private MailHost(SmtpServer smtp, TestClock clock, PlannerApp app)
    {
        Smtp = smtp;
        Clock = clock;
        App = app;
    }

    public SmtpServer Smtp { get; }

    public TestClock Clock { get; }

    public PlannerApp App { get; }

    public static readonly Instant Start = Instant.FromUtc(2027, 1, 1, 0, 0);

    public static async Task<MailHost> StartAsync(bool smtp = true, Action<IServiceCollection>? services = null, IDictionary<string, string>? extra = null, TestDatabase database = TestDatabase.Sqlite)
    {
        var server = await SmtpServer.StartAsync();
        var clock = new TestClock(Start);
        var settings = new Dictionary<string, string>
        {
            ["Planner:Mail:AutoDispatch"] = "false",
            ["Planner:Mail:PublicUrl"] = "http://localhost",
            ["Planner:Mail:FromAddress"] = "secretariat@ecrats.example",
        };
        if (smtp)
        {
            settings["Planner:Smtp:Host"] = "127.0.0.1";
            settings["Planner:Smtp:Port"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Planner:Smtp:Tls"] = "none";
            settings["Planner:Smtp:TimeoutSeconds"] = "5";
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
            settings[key] = value;
        var app = new PlannerApp(settings: settings, database: database)
        {
            TestServices = s =>
            {
                s.AddSingleton<IClock>(clock);
                services?.Invoke(s);
            },
        };
        return new MailHost(server, clock, app);
    }

    /// <summary>One pass of the mail work: announce changes, queue due reminders, send.</summary>
    public Task<DispatchResult> RunMailAsync() => App.Services.GetRequiredService<MailWork>().RunAsync();

    public T Get<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>The 47th Council meeting (Moscow, 15 April 2027, planned), with replies due 1 April 2027.</summary>
    public async Task<long> UpcomingEventAsync(HttpClient client, object? settings = null)
    {
        var id = await client.EventIdAsync("47th meeting");
        await client.PutJsonAsync($"/api/events/{id}/invitations/settings", settings ?? new
        {
            deadline = "2027-04-01T00:00:00Z",
            quota = 4,
            remindUnansweredDays = new[] { 7, 2 },
            remindConfirmedDays = new[] { 3 },
        }, 200);
        return id;
    }

    public static async Task<JsonNode> InviteAsync(HttpClient client, long eventId) =>
        await client.PostJsonAsync($"/api/events/{eventId}/invitations", new { }, 200);

    /// <summary>The received messages sent to <paramref name="address"/>.</summary>
    public IReadOnlyList<MimeMessage> MailTo(string address) =>
        Smtp.Messages().Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();

    /// <summary>The RSVP token in a message's text part.</summary>
    public static string RsvpToken(MimeMessage message)
    {
        var text = message.TextBody ?? "";
        var at = text.IndexOf("http://localhost/rsvp/", StringComparison.Ordinal);
        Assert.True(at >= 0, "The message has no RSVP link: " + text);
        return new string(text[(at + "http://localhost/rsvp/".Length)..].TakeWhile(c => char.IsLetterOrDigit(c) || c is '-' or '_').ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        App.Dispose();
        await Smtp.DisposeAsync();
    }
}
