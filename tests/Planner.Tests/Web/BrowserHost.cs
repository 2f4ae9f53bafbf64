using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Planner.Access;
using Planner.Tests.Invitations;

namespace Planner.Tests.Web;

/// <summary>
/// Planner served by Kestrel on 127.0.0.1 (a real port), sending mail to a real SMTP server, with the demo
/// data and a fake clock (1 January 2027), and Debian's Chromium driven headless by Playwright.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    /// <summary>Debian's Chromium, which the test command installs; <c>PLANNER_CHROMIUM</c> names another.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("PLANNER_CHROMIUM") ?? "/usr/bin/chromium";

    /// <summary>Screenshots go here, outside the repository, to be looked at.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(Path.GetTempPath(), "planner-screens");

    public MailHost Mail { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is not at {ChromiumPath}; tests/run.sh installs Debian's chromium package.");
        Mail = await MailHost.StartAsync();
        Mail.App.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        Mail.App.StartServer();
        BaseUrl = Mail.App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        await Mail.App.ClientAsync(Role.Planner); // loads the demo data
        var users = Mail.App.Services.GetRequiredService<UserStore>();
        foreach (var role in new[] { Role.Planner, Role.Viewer })
            await users.CreateAsync(role.ToString().ToLowerInvariant(), role.ToString(), WebForms.Password);

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A fresh browser context (its own cookies) with a page signed in as <paramref name="user"/>, or not signed in.</summary>
    public async Task<IPage> PageAsync(string? user = null)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, AcceptDownloads = true, Locale = "en-GB", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        if (user is not null)
        {
            await page.GotoAsync("/");
            Assert.Contains("/signin", page.Url, StringComparison.Ordinal);
            await page.FillAsync("#name", user);
            await page.FillAsync("#password", WebForms.Password);
            var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("button[type=submit]"), r => r.Request.Method == "POST");
            if (response.Status != 302)
                Assert.Fail($"Signing in as {user} was answered {response.Status}: {await response.TextAsync()}");
            await page.WaitForURLAsync(BaseUrl + "/");
        }

        return page;
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Mail.DisposeAsync();
    }
}
