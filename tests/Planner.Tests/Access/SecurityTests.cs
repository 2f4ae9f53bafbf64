using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Planner.Access;
using Planner.Tests.Support;
using Planner.Tests.Web;

namespace Planner.Tests.Access;

/// <summary>The small holes of issue 19, closed: each tried as an attacker or a careless operator would.</summary>
public sealed class SecurityTests : IClassFixture<DemoFixture>
{
    private readonly PlannerApp _app;

    public SecurityTests(DemoFixture fixture) => _app = fixture.App;

    [Fact]
    public async Task Api_replies_carry_nosniff_and_no_store_problems_included()
    {
        var api = await _app.ClientAsync(Role.Viewer);
        foreach (var response in new[] { await api.GetAsync("/api/events"), await api.GetAsync("/api/events/999999"), await _app.CreateClient().GetAsync("/api/events") })
        {
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }
    }

    [Fact]
    public async Task Control_characters_in_a_name_are_refused_with_422_naming_the_field()
    {
        var api = await _app.ClientAsync(Role.Planner);
        var problem = await api.PostJsonAsync("/api/venues", new { name = "Hall\u0000B", city = "Tash\u001bkent", country = "Uzbekistan", timeZone = "Asia/Tashkent" }, 422);
        Assert.Contains("U+0000", problem["errors"]!["name.en"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("U+001B", problem["errors"]!["city.en"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain((await api.GetJsonAsync("/api/venues")).AsArray(), v => v!["name"]!["en"]!.GetValue<string>().StartsWith("Hall", StringComparison.Ordinal));
        Assert.Null(Planner.Http.Check.ControlCharacterAt("line one\r\nline two\twith a tab\n"));
        Assert.Equal(8, Planner.Http.Check.ControlCharacterAt("line one\rline two"));
    }

    [Fact]
    public async Task The_last_admin_token_cannot_be_revoked_nor_a_token_revoke_itself()
    {
        using var app = new PlannerApp(demo: false);
        var admin = await app.ClientAsync(Role.Admin);
        var tokens = (await admin.GetJsonAsync("/api/tokens")).AsArray();
        var self = tokens.Single(t => t!["role"]!.GetValue<string>() == "admin")!["id"]!.GetValue<long>();

        var itself = await (await admin.DeleteAsync($"/api/tokens/{self}")).JsonAsync(409);
        Assert.Contains("cannot revoke itself", itself["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        var second = await admin.PostJsonAsync("/api/tokens", new { name = "second admin", role = "admin" }, 201);
        var other = app.CreateClient();
        other.DefaultRequestHeaders.Authorization = new("Bearer", second["token"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, (await other.DeleteAsync($"/api/tokens/{self}")).StatusCode);
        var last = await (await other.DeleteAsync($"/api/tokens/{second["id"]}")).JsonAsync(409);
        Assert.Contains("cannot revoke itself", last["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        // Whatever path a change takes, the database keeps the last admin token and the last admin user.
        var refused = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => app.Db.WriteAsync((c, tx) =>
            Dapper.SqlMapper.ExecuteAsync(c, "DELETE FROM api_token WHERE role = 'admin'", transaction: tx)));
        Assert.Contains("last admin token", refused.Message, StringComparison.Ordinal);
        await app.Services.GetRequiredService<UserStore>().CreateAsync("chief", "admin", WebForms.Password);
        var demote = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => app.Db.WriteAsync((c, tx) =>
            Dapper.SqlMapper.ExecuteAsync(c, "UPDATE app_user SET role = 'viewer' WHERE name = 'chief'", transaction: tx)));
        Assert.Contains("last admin user", demote.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/tokens")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_sign_in_on_the_server_so_a_copied_cookie_stops_working()
    {
        await WebForms.SignedInAsync(_app, Role.Viewer, "signout-viewer");
        var jar = new Dictionary<string, string>();
        var signIn = await SendAsync(jar, HttpMethod.Get, "/signin");
        await SendAsync(jar, HttpMethod.Post, "/signin", new()
        {
            ["name"] = "signout-viewer", ["password"] = WebForms.Password, ["__RequestVerificationToken"] = WebForms.Token(await signIn.Content.ReadAsStringAsync()),
        });
        var copy = $"{SignInCookie.CookieName}={jar[SignInCookie.CookieName]}"; // what a thief copied
        var dashboard = await SendAsync(jar, HttpMethod.Get, "/");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);

        var signOut = await SendAsync(jar, HttpMethod.Post, "/signout", new() { ["__RequestVerificationToken"] = WebForms.Token(await dashboard.Content.ReadAsStringAsync()) });
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var after = await SendAsync(new() { [SignInCookie.CookieName] = copy.Split('=', 2)[1] }, HttpMethod.Get, "/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/signin", after.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(new() { [SignInCookie.CookieName] = copy.Split('=', 2)[1] }, HttpMethod.Get, "/api/events")).StatusCode);
    }

    [Fact]
    public async Task Failed_sign_ins_are_limited_per_user_name_whatever_the_address()
    {
        using var app = ProxiedApp(limit: 3);
        await app.ClientAsync(Role.Planner);
        await app.Services.GetRequiredService<UserStore>().CreateAsync("target", "viewer", WebForms.Password);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await SignInFromAsync(app, $"203.0.113.{i + 10}", "target", "wrong password")).StatusCode);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        // Even the right password waits out the minute; another name from the same addresses is not affected.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInFromAsync(app, "203.0.113.99", "target", WebForms.Password)).StatusCode);
        await WebForms.SignedInAsync(app, Role.Planner, "bystander");
    }

    [Fact]
    public async Task The_address_limit_counts_the_client_behind_a_configured_proxy_and_ignores_forwarding_from_others()
    {
        using var app = ProxiedApp(limit: 2);
        await app.ClientAsync(Role.Planner);
        // Behind the trusted proxy, each client has its own count: one client's failures do not lock out another.
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInFromAsync(app, "203.0.113.1", "a1", "x")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInFromAsync(app, "203.0.113.1", "a2", "x")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInFromAsync(app, "203.0.113.1", "a3", "x")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInFromAsync(app, "203.0.113.2", "b1", "x")).StatusCode);

        // From an address that is no configured proxy, X-Forwarded-For is ignored: changing it escapes nothing.
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInFromAsync(app, "198.51.100.1", "c1", "x", remote: "192.0.2.7")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInFromAsync(app, "198.51.100.2", "c2", "x", remote: "192.0.2.7")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInFromAsync(app, "198.51.100.3", "c3", "x", remote: "192.0.2.7")).StatusCode);
    }

    /// <summary>Planner behind a proxy at 10.0.0.5 (trusted); each request comes from the address in the test header <c>X-Test-Remote</c>.</summary>
    private static PlannerApp ProxiedApp(int limit) =>
        new(settings: new Dictionary<string, string>
        {
            ["Planner:Web:SignInAttemptsPerMinute"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Planner:Web:TrustedProxies:0"] = "10.0.0.5",
        })
        {
            TestServices = s => s.AddSingleton<IStartupFilter>(new RemoteAddressFilter()),
        };

    private static async Task<HttpResponseMessage> SignInFromAsync(PlannerApp app, string client, string name, string password, string remote = "10.0.0.5")
    {
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        http.DefaultRequestHeaders.Add("X-Test-Remote", remote);
        http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        return await http.SignInAsync(name, password);
    }

    private sealed class RemoteAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue("X-Test-Remote", out var remote))
                    context.Connection.RemoteIpAddress = IPAddress.Parse(remote.ToString());
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>A request as a browser sends it, with the cookies of <paramref name="jar"/>, which it updates from Set-Cookie.</summary>
    private async Task<HttpResponseMessage> SendAsync(Dictionary<string, string> jar, HttpMethod method, string url, Dictionary<string, string>? form = null)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(method, url);
        if (form is not null)
            request.Content = new FormUrlEncodedContent(form);
        if (jar.Count > 0)
            request.Headers.Add("Cookie", string.Join("; ", jar.Select(c => $"{c.Key}={c.Value}")));
        var response = await client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            foreach (var pair in cookies.Select(c => c.Split(';')[0].Split('=', 2)))
                jar[pair[0]] = pair[1];
        }

        return response;
    }
}
