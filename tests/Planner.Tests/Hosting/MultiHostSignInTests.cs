using System.Net;
using Planner.Access;
using Planner.Tests.Support;
using Planner.Tests.Web;

namespace Planner.Tests.Hosting;

/// <summary>
/// Two real <c>planner serve</c> processes on one database, each with a data directory of its own, behind a
/// TLS-terminating proxy on 127.0.0.1: what one host issues the other accepts, and the sign-in limits count the
/// attempts made on both.
/// </summary>
public sealed class MultiHostSignInTests
{
    private const string Password = "a long enough password";

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_cookie_from_one_host_is_accepted_by_the_other_and_sign_in_limits_count_both_hosts(string database)
    {
        await using var shared = await SharedDatabase.CreateAsync(database);
        using var folders = new TemporaryFolder();
        IEnumerable<string> Arguments(string host) => shared.HostArguments(folders.Sub(host))
            .Concat(["--Planner:Web:SignInAttemptsPerMinute=3", "--Planner:Web:TrustedProxies:0=127.0.0.1"]);
        var created = await CommandLineTests.RunWithInputAsync(Password + "\n", ["user", "create", "--name", "alice", "--role", "viewer", .. Arguments("a")]);
        Assert.True(created.Code == 0, created.Err);
        await using var a = await PlannerProcess.StartAsync("host A", Arguments("a"));
        await using var b = await PlannerProcess.StartAsync("host B", Arguments("b"));

        // Signed in on host A through the proxy (https outside): the cookie is Secure and HttpOnly ...
        var signedIn = await SignInAsync(a, b, "203.0.113.10", "alice", Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = SetCookie(signedIn, SignInCookie.CookieName);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);

        // ... and host B, which never saw this sign-in, opens the dashboard with it.
        using var client = b.Client(cookies: false);
        using var dashboard = new HttpRequestMessage(HttpMethod.Get, "/");
        dashboard.Headers.Add("Cookie", cookie.Split(';')[0]);
        var page = await client.SendAsync(dashboard);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("alice", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Failed sign-ins with one name, from three addresses on alternate hosts, use up the name's 3 a minute: the
        // fourth, on host B with the right password, is refused.
        await FreshMinuteAsync();
        foreach (var (host, address) in new[] { (a, "203.0.113.21"), (b, "203.0.113.22"), (a, "203.0.113.23") })
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(host, host, address, "alice", "wrong password")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(b, b, "203.0.113.24", "alice", Password)).StatusCode);

        // Attempts from one address with three names on alternate hosts use up the address's 3 a minute.
        await FreshMinuteAsync();
        foreach (var (host, name) in new[] { (a, "n1"), (b, "n2"), (a, "n3") })
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(host, host, "198.51.100.7", name, "wrong password")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(b, b, "198.51.100.7", "n4", "wrong password")).StatusCode);
    }

    /// <summary>
    /// Waits, when the minute is past its half, for the next one: the limits count attempts per calendar minute, and four
    /// attempts on a loaded machine can take long enough to straddle two minutes, each then under its limit.
    /// </summary>
    private static async Task FreshMinuteAsync()
    {
        var second = DateTime.UtcNow.Second;
        if (second >= 30)
            await Task.Delay(TimeSpan.FromSeconds(60 - second) + TimeSpan.FromMilliseconds(200));
    }

    /// <summary>
    /// Reads the sign-in form from <paramref name="formHost"/> and posts it to <paramref name="postHost"/>, as the proxy
    /// forwards them for <paramref name="client"/> over https (the anti-forgery token of one host is good on the other).
    /// </summary>
    private static async Task<HttpResponseMessage> SignInAsync(PlannerProcess formHost, PlannerProcess postHost, string client, string name, string password)
    {
        using var reader = formHost.Client(cookies: false);
        using var get = Proxied(HttpMethod.Get, "/signin", client);
        var form = await reader.SendAsync(get);
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        using var writer = postHost.Client(cookies: false);
        using var post = Proxied(HttpMethod.Post, "/signin", client);
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        post.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = name, ["password"] = password, ["__RequestVerificationToken"] = WebForms.Token(await form.Content.ReadAsStringAsync()),
        });
        return await writer.SendAsync(post);
    }

    private static HttpRequestMessage Proxied(HttpMethod method, string url, string client)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("X-Forwarded-For", client);
        request.Headers.Add("X-Forwarded-Proto", "https");
        return request;
    }

    private static string SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(name + "=", StringComparison.Ordinal));
}
