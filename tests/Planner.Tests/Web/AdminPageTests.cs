using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Planner.Access;
using Planner.Tests.Support;

namespace Planner.Tests.Web;

/// <summary><c>/admin</c>: users and API tokens, for administrators only; the last administrator stays.</summary>
public sealed partial class AdminPageTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    private PlannerApp App => demo.App;

    private async Task<(long Id, long Version)> UserAsync(string name) =>
        await App.Db.ReadAsync(c => c.QuerySingleAsync<(long, long)>("SELECT id, version FROM app_user WHERE name = @name", new { name }));

    private static Dictionary<string, string> Of(long id, long version, params (string, string)[] more)
    {
        var fields = new Dictionary<string, string> { ["id"] = $"{id}", ["version"] = $"{version}" };
        foreach (var (k, v) in more)
            fields[k] = v;
        return fields;
    }

    [Fact]
    public async Task Only_administrators_reach_the_page()
    {
        var planner = await WebForms.SignedInAsync(App, Role.Planner);
        Assert.Equal(HttpStatusCode.Forbidden, (await planner.GetAsync("/admin")).StatusCode);
        var token = WebForms.Token(await planner.GetStringAsync("/"));
        using var post = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["name"] = "x", ["role"] = "admin", ["password"] = "0123456789ab" });
        Assert.Equal(HttpStatusCode.Forbidden, (await planner.PostAsync("/admin?handler=CreateUser", post)).StatusCode);
        Assert.DoesNotContain("href=\"/admin\"", await planner.GetStringAsync("/"), StringComparison.Ordinal);
        var admin = await WebForms.SignedInAsync(App, Role.Admin);
        Assert.Contains("href=\"/admin\"", await admin.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_creates_a_user_changes_their_role_resets_their_password_and_disables_them()
    {
        var admin = await WebForms.SignedInAsync(App, Role.Admin);
        var refused = await admin.PostFormAsync("/admin", "/admin?handler=CreateUser", new() { ["name"] = "", ["role"] = "viewer", ["password"] = "short" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("data-field=\"name\">Fill in this field.</span>", html, StringComparison.Ordinal);
        Assert.Contains("data-field=\"password\">", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin", "/admin?handler=CreateUser",
            new() { ["name"] = "clerk", ["role"] = "viewer", ["password"] = "first password 1" })).StatusCode);
        var (id, version) = await UserAsync("clerk");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin", "/admin?handler=Role", Of(id, version, ("role", "planner")))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostFormAsync("/admin", "/admin?handler=Role", Of(id, version, ("role", "viewer")))).StatusCode); // stale
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin", "/admin?handler=Password", Of(id, version + 1, ("password", "second password 2")))).StatusCode);

        var clerk = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await clerk.SignInAsync("clerk", "second password 2")).StatusCode);
        Assert.Contains("href=\"/events/new\"", await clerk.GetStringAsync("/"), StringComparison.Ordinal); // a planner now

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin", "/admin?handler=Disable", Of(id, version + 2, ("disabled", "true")))).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await clerk.GetAsync("/")).StatusCode); // the cookie stops working at once
        var again = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.Redirect, (await again.SignInAsync("clerk", "second password 2")).StatusCode);
    }

    [Fact]
    public async Task The_last_administrator_can_be_neither_demoted_nor_disabled()
    {
        var admin = await WebForms.SignedInAsync(App, Role.Admin, "only-admin");
        await App.Db.ReadAsync(c => c.ExecuteAsync("UPDATE app_user SET disabled_at = 1 WHERE role = 'admin' AND name <> 'only-admin'"));
        var (id, version) = await UserAsync("only-admin");
        var demoted = await admin.PostFormAsync("/admin", "/admin?handler=Role", Of(id, version, ("role", "viewer")));
        Assert.Equal(HttpStatusCode.Conflict, demoted.StatusCode);
        Assert.Contains("This is the last administrator; make another user an administrator first.", await demoted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostFormAsync("/admin", "/admin?handler=Disable", Of(id, version, ("disabled", "true")))).StatusCode);
        Assert.Equal("admin", await App.Db.ReadAsync(c => c.ExecuteScalarAsync<string>("SELECT role FROM app_user WHERE id = @id", new { id })));
        await App.Db.ReadAsync(c => c.ExecuteAsync("UPDATE app_user SET disabled_at = NULL"));
    }

    [Fact]
    public async Task A_token_is_shown_once_works_on_the_api_and_stops_when_revoked()
    {
        var admin = await WebForms.SignedInAsync(App, Role.Admin);
        var created = await admin.PostFormAsync("/admin", "/admin?handler=CreateToken", new() { ["name"] = "reporting", ["role"] = "viewer" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.True(created.Headers.CacheControl!.NoStore);
        var secret = TokenShown().Match(await created.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.NotEmpty(secret);
        Assert.DoesNotContain(secret, await admin.GetStringAsync("/admin"), StringComparison.Ordinal);

        var api = App.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/events")).StatusCode);
        var id = await App.Db.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT id FROM api_token WHERE name = 'reporting'"));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin", "/admin?handler=RevokeToken", new() { ["id"] = $"{id}" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/events")).StatusCode);
    }

    [GeneratedRegex("<pre class=\"mail\"><code>([^<]+)</code></pre>")]
    private static partial Regex TokenShown();
}
