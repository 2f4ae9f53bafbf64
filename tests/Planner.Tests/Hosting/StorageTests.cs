using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Planner.Access;
using Planner.Tests.Support;

namespace Planner.Tests.Hosting;

/// <summary>Full, read-only and unusable storage as an operator meets it: a real small file system under Planner's data.</summary>
public sealed class StorageTests
{
    private static object Venue(int i) => new { name = $"Hall {i}", city = "Tashkent", country = "Uzbekistan", timeZone = "Asia/Tashkent" };

    [Fact]
    public async Task A_full_disk_answers_503_with_Retry_After_to_the_API_and_a_plain_page_to_a_browser_and_loses_nothing()
    {
        using var disk = SmallDisk.Mount(32);
        using var app = new PlannerApp(demo: true, new Dictionary<string, string> { ["Planner:DataDirectory"] = disk.Folder });
        var api = await app.ClientAsync(Role.Planner);
        var browser = await Web.WebForms.SignedInAsync(app, Role.Planner);
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var dashboard = await browser.GetStringAsync("/");
        disk.Fill();
        try
        {
            await FullDiskAsync(api, browser, dashboard, disk);
        }
        finally
        {
            // Whatever happened, the disk is freed before the host stops: its scheduler retries a full database forever.
            File.Delete(Path.Combine(disk.Folder, "filler"));
        }
    }

    private static async Task FullDiskAsync(HttpClient api, HttpClient browser, string dashboard, SmallDisk disk)
    {
        // Each venue needs a little more room in the database's log; one of them finds the disk full.
        var saved = 0;
        HttpResponseMessage response;
        while ((response = await api.PostAsJsonAsync("/api/venues", Venue(saved))).StatusCode == HttpStatusCode.Created && saved < 5000)
            saved++;
        await AssertUnavailableAsync(response, "storage.full");
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains("The disk holding Planner", await FullDiskPageAsync(browser, dashboard), StringComparison.Ordinal);

        File.Delete(Path.Combine(disk.Folder, "filler"));
        var venues = (await api.GetJsonAsync("/api/venues")).AsArray().Select(v => v!["name"]!["en"]!.GetValue<string>()).ToList();
        Assert.Equal(Enumerable.Range(0, saved).Select(i => $"Hall {i}").Order(StringComparer.Ordinal),
            venues.Where(v => v.StartsWith("Hall ", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/venues", Venue(saved))).StatusCode);
    }

    [Fact]
    public async Task Storage_turned_read_only_while_running_answers_503_read_only_and_works_again_once_writable()
    {
        using var disk = SmallDisk.Mount();
        using var app = new PlannerApp(demo: false, new Dictionary<string, string> { ["Planner:DataDirectory"] = disk.Folder });
        var api = await app.ClientAsync(Role.Planner);
        var browser = await Web.WebForms.SignedInAsync(app, Role.Planner);
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var dashboard = await browser.GetStringAsync("/");
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/venues", Venue(0))).StatusCode);
        disk.ReadOnly();
        try
        {
            await AssertUnavailableAsync(await api.PostAsJsonAsync("/api/venues", Venue(1)), "storage.readOnly");
            // A Russian reader's page says it in Russian.
            browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
            Assert.Contains("недоступно для записи", await SignOutPageAsync(browser, dashboard), StringComparison.Ordinal);
        }
        finally
        {
            disk.Writable();
        }

        var venues = (await api.GetJsonAsync("/api/venues")).AsArray().Select(v => v!["name"]!["en"]!.GetValue<string>()).ToList();
        Assert.Equal(["Hall 0"], venues);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/venues", Venue(1))).StatusCode);
    }

    /// <summary>Asserts a 503 problem with <paramref name="code"/> and the Retry-After of storage an operator must mend (300 s).</summary>
    private static async Task AssertUnavailableAsync(HttpResponseMessage response, string code)
    {
        var problem = await response.JsonAsync(503);
        Assert.Equal(code, problem["code"]!.GetValue<string>());
        Assert.Equal("300", response.Headers.RetryAfter?.ToString());
    }

    /// <summary>
    /// Adds venues through the directory page until one finds the disk full, and returns the plain page the browser then
    /// gets (503 with Retry-After). One small write may still fit on a full disk (SQLite reuses its log's space once it
    /// has been checkpointed), so the page writes until one does not, as the API did.
    /// </summary>
    private static async Task<string> FullDiskPageAsync(HttpClient browser, string dashboard)
    {
        var token = Web.WebForms.Token(dashboard);
        for (var i = 0; i < 5000; i++)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["nameEn"] = $"Page hall {i}", ["cityEn"] = "Tashkent", ["country"] = "Uzbekistan",
                ["timeZone"] = "Asia/Tashkent",
            });
            var page = await browser.PostAsync("/directory?handler=Venue", form);
            if (page.StatusCode == HttpStatusCode.Redirect)
                continue;
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(page.Headers.RetryAfter);
            return await page.Content.ReadAsStringAsync();
        }

        Assert.Fail("The directory page kept saving venues on a full disk.");
        return "";
    }

    /// <summary>
    /// Signs out, which writes (it ends the sign-in on the server), and returns the plain page the browser gets when
    /// that fails: 503 with Retry-After.
    /// </summary>
    private static async Task<string> SignOutPageAsync(HttpClient browser, string dashboard)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Web.WebForms.Token(dashboard) });
        var page = await browser.PostAsync("/signout", form);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(page.Headers.RetryAfter);
        return await page.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_database_held_by_another_writer_past_the_busy_timeout_answers_503_busy_and_saves_nothing()
    {
        using var app = new PlannerApp(demo: false);
        var api = await app.ClientAsync(Role.Planner);
        await using (var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={app.DatabasePath}"))
        {
            await other.OpenAsync();
            await using var hold = other.BeginTransaction(deferred: false);
            var response = await api.PostAsJsonAsync("/api/venues", Venue(1));
            var problem = await response.JsonAsync(503);
            Assert.Equal("storage.busy", problem["code"]!.GetValue<string>());
            Assert.Equal("5", response.Headers.RetryAfter?.ToString());
        }

        Assert.Empty((await api.GetJsonAsync("/api/venues")).AsArray());
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/venues", Venue(1))).StatusCode);
    }

    [Fact]
    public async Task Starting_on_read_only_storage_exits_with_one_line_naming_the_folder_and_the_reason()
    {
        using var disk = SmallDisk.Mount();
        disk.ReadOnly();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "planner.dll"));
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add($"--Planner:DataDirectory={disk.Folder}");
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(73, process.ExitCode);
        var line = Assert.Single((await error).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"planner: cannot write to the data directory {disk.Folder}: the file system is read-only", line);
        Assert.Empty(await output);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_database_its_journals_and_the_keys_are_readable_by_the_owner_only()
    {
        using var app = new PlannerApp(demo: false);
        var api = await app.ClientAsync(Role.Admin);
        await api.PostJsonAsync("/api/tokens", new { name = "second", role = "viewer" }, 201);
        var owner = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        foreach (var file in Directory.GetFiles(app.DataDirectory, "planner.db*"))
            Assert.True(File.GetUnixFileMode(file) == owner, $"{file} is {File.GetUnixFileMode(file)}");
        Assert.Contains(Directory.GetFiles(app.DataDirectory), f => f.EndsWith("-wal", StringComparison.Ordinal));
        Assert.Equal(owner | UnixFileMode.UserExecute, File.GetUnixFileMode(app.DataDirectory));
        Assert.Equal(owner | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(app.DataDirectory, "keys")));
    }
}
