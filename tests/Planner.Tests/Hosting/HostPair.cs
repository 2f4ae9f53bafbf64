using Planner.Tests.Invitations;
using Planner.Tests.Support;

namespace Planner.Tests.Hosting;

/// <summary>
/// Two real <c>planner serve</c> processes on one shared database, sending to one SMTP server: host A migrates and loads
/// the demo data, then host B starts while an admin token is made; a client of each with that token.
/// </summary>
public sealed class HostPair : IAsyncDisposable
{
    private HostPair(PlannerProcess a, PlannerProcess b, string token)
    {
        A = a;
        B = b;
        ApiA = Api(a, token);
        ApiB = Api(b, token);
    }

    public PlannerProcess A { get; }

    public PlannerProcess B { get; }

    public HttpClient ApiA { get; }

    public HttpClient ApiB { get; }

    /// <param name="more">Settings both hosts get besides the database's and the SMTP server's.</param>
    public static async Task<HostPair> StartAsync(SharedDatabase shared, SmtpServer smtp, TemporaryFolder folders, params string[] more)
    {
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(smtp);
        ArgumentNullException.ThrowIfNull(folders);
        IEnumerable<string> Arguments(string host) => shared.HostArguments(folders.Sub(host)).Concat(
        [
            "--Planner:Smtp:Host=127.0.0.1", $"--Planner:Smtp:Port={smtp.Port}", "--Planner:Smtp:Tls=none",
            "--Planner:Mail:PublicUrl=http://localhost", "--Planner:Mail:FromAddress=secretariat@ecrats.example", .. more,
        ]);

        var a = await PlannerProcess.StartAsync("host A", Arguments("a").Append("--Planner:SeedDemo=true"));
        try
        {
            var starting = PlannerProcess.StartAsync("host B", Arguments("b"));
            var token = await TokenAsync(Arguments("a"));
            return new HostPair(a, await starting, token);
        }
        catch
        {
            await a.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        ApiA.Dispose();
        ApiB.Dispose();
        await B.DisposeAsync();
        await A.DisposeAsync();
    }

    private static async Task<string> TokenAsync(IEnumerable<string> arguments)
    {
        var (code, output, error) = await CommandLineTests.RunWithInputAsync("", ["token", "create", "--name", "ops", "--role", "admin", .. arguments]);
        Assert.True(code == 0, error);
        return output.Trim();
    }

    private static HttpClient Api(PlannerProcess host, string token)
    {
        var client = host.Client(cookies: false);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }
}
