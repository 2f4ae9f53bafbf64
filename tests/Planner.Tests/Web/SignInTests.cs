using Microsoft.Data.Sqlite;
using System.Net;
using System.Net.Http.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Planner.Access;
using Planner.Tests.Hosting;
using Planner.Tests.Support;

namespace Planner.Tests.Web;

public sealed class SignInTests
{
    [Fact]
    public async Task Pages_ask_for_sign_in_and_a_wrong_password_is_refused_without_saying_which_part_was_wrong()
    {
        using var app = new PlannerApp();
        await WebForms.SignedInAsync(app, Role.Planner, "ops");
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var anonymous = await client.GetAsync("/events/new");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/signin", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var wrong = await client.SignInAsync("ops", "not the password");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("The name or the password is wrong.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unknown = await client.SignInAsync("nobody", WebForms.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);

        var right = await client.SignInAsync("OPS", WebForms.Password);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var dashboard = await client.GetStringAsync("/");
        Assert.Contains("ops", dashboard, StringComparison.Ordinal);
        Assert.Contains("Programme", dashboard, StringComparison.Ordinal);

        var signOut = await client.PostFormAsync("/", "/signout", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_are_refused_with_429()
    {
        using var app = new PlannerApp(settings: new Dictionary<string, string> { ["Planner:Web:SignInAttemptsPerMinute"] = "3" });
        await WebForms.SignedInAsync(app, Role.Viewer, "reader"); // one attempt
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SignInAsync("reader", "guess 1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SignInAsync("reader", "guess 2")).StatusCode);

        var refused = await client.SignInAsync("reader", WebForms.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many sign-in attempts", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/signin")).StatusCode); // reading the page is not limited
    }

    [Fact]
    public async Task A_form_posted_without_the_anti_forgery_token_is_refused()
    {
        using var app = new PlannerApp();
        var client = await WebForms.SignedInAsync(app, Role.Planner);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = "XYZ", ["kind"] = "state", ["nameEn"] = "Nowhere" });
        var response = await client.PostAsync("/directory", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var count = await app.Db.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM party WHERE code = 'XYZ'"));
        Assert.Equal(0, count);
    }

    [Fact]
    public async Task A_cookie_reads_the_API_but_never_changes_anything_through_it()
    {
        using var app = new PlannerApp();
        var client = await WebForms.SignedInAsync(app, Role.Admin);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/events")).StatusCode);
        var change = await client.PostAsJsonAsync("/api/parties", new { code = "XYZ", kind = "state", name = new { en = "Nowhere" } });
        Assert.Equal(HttpStatusCode.Forbidden, change.StatusCode);
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/events")).StatusCode);
    }

    [Fact]
    public async Task User_create_reads_the_password_from_standard_input_and_the_user_can_sign_in()
    {
        var folder = Path.Combine(Path.GetTempPath(), "planner-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var (code, output, error) = await CommandLineTests.RunWithInputAsync(WebForms.Password + "\n",
                "user", "create", "--name", "chief", "--role", "admin", $"--Planner:DataDirectory={folder}");
            Assert.True(code == 0, error);
            Assert.Equal("User chief (admin) created.", output.Trim());
            Assert.DoesNotContain(WebForms.Password, output + error, StringComparison.Ordinal);

            var (shortCode, _, shortError) = await CommandLineTests.RunWithInputAsync("short\n",
                "user", "create", "--name", "deputy", "--role", "planner", $"--Planner:DataDirectory={folder}");
            Assert.Equal(1, shortCode);
            Assert.Contains("at least 10 characters", shortError, StringComparison.Ordinal);

            using var app = new PlannerApp(demo: false, new Dictionary<string, string> { ["Planner:DataDirectory"] = folder });
            using var client = app.CreateClient(new() { AllowAutoRedirect = false });
            Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("chief", WebForms.Password)).StatusCode);
            var user = await app.Services.GetRequiredService<UserStore>().VerifyAsync("chief", WebForms.Password);
            Assert.Equal(Role.Admin, user!.Role);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }
}
