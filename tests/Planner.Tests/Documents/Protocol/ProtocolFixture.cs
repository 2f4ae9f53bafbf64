using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Planner.Tests.Invitations;
using Planner.Tests.Support;

namespace Planner.Tests.Documents.Protocol;

/// <summary>
/// Planner with the demo data on a clock standing at 15 January 2027, 11:00 in Tashkent, links under http://localhost,
/// mail kept in the outbox, and a fixed check-in key, so that the documents print the same on every run.
/// The 47th Council meeting's parties are invited once (its notes carry the invitations' RSVP links).
/// </summary>
public sealed class ProtocolFixture : IDisposable
{
    public static readonly Instant Now = Instant.FromUtc(2027, 1, 15, 6, 0);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private long? _invited;

    public ProtocolFixture()
    {
        App = NewApp();
    }

    public PlannerApp App { get; }

    /// <summary>A host as described, with its own database.</summary>
    public static PlannerApp NewApp()
    {
        var app = new PlannerApp(settings: new Dictionary<string, string>
        {
            ["Planner:Mail:AutoDispatch"] = "false",
            ["Planner:Mail:PublicUrl"] = "http://localhost",
        })
        {
            TestServices = s => s.AddSingleton<IClock>(new TestClock(Now)),
        };
        Directory.CreateDirectory(Path.Combine(app.DataDirectory, "keys"));
        File.WriteAllBytes(Path.Combine(app.DataDirectory, "keys", "checkin.key"), Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        return app;
    }

    /// <summary>The 47th meeting, its parties invited (replies by 1 April 2027, four a delegation).</summary>
    public async Task<long> InvitedMeetingAsync(HttpClient client)
    {
        await _gate.WaitAsync();
        try
        {
            if (_invited is { } id)
                return id;
            id = await client.EventIdAsync("47th meeting");
            await client.PutJsonAsync($"/api/events/{id}/invitations/settings", new
            {
                deadline = "2027-04-01T00:00:00Z",
                quota = 4,
                remindUnansweredDays = new[] { 7, 2 },
                remindConfirmedDays = new[] { 3 },
            }, 200);
            await client.PostJsonAsync($"/api/events/{id}/invitations", new { }, 200);
            _invited = id;
            return id;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        App.Dispose();
        _gate.Dispose();
    }
}
