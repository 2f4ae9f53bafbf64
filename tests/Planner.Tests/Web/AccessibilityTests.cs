using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Planner.Access;
using Planner.Tests.Invitations;
using Planner.Tests.Support;

namespace Planner.Tests.Web;

/// <summary>
/// Every page in Debian's Chromium (as an administrator, who sees every form), on a desk (1280 px) and on a phone (390 px): axe-core finds no serious or
/// critical violation, and at 390 px nothing is wider than the screen (no sideways scrolling).
/// Screenshots of both widths go to the screenshot folder to be looked at.
/// </summary>
public sealed class AccessibilityTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    /// <summary>The pages of a planner (name, address); the RSVP page is added with a real token.</summary>
    private async Task<List<(string Name, string Path)>> PagesAsync()
    {
        var api = await host.Mail.App.ClientAsync(Role.Planner);
        var meeting = await host.Mail.UpcomingEventAsync(api);
        var exercise = await api.EventIdAsync("Norak-Antiterror 2009");
        await MailHost.InviteAsync(api, meeting);
        await host.Mail.RunMailAsync();
        var token = MailHost.RsvpToken(host.Mail.MailTo("protocol@kaz.mfa.example").First());
        var moscow = (await api.GetJsonAsync("/api/venues?q=Moscow")).AsArray()[0]!["id"]!.GetValue<long>();
        return
        [
            ("dashboard", "/"), ("events", "/events"), ("event", $"/events/{meeting}"), ("event-preview", $"/events/{meeting}?preview=true"), ("event-form", "/events/new"),
            ("directory", "/directory"), ("exercise", $"/exercises/{exercise}"), ("rsvp", $"/rsvp/{token}"),
            ("finder", $"/scheduling?venue={moscow}&days=2&from=2027-04-12&to=2027-06-30&holidays=true&parties={await api.PartyIdAsync("RUS")}"),
        ];
    }

    [Fact]
    public async Task Every_page_has_no_serious_axe_violation_and_fits_a_390_px_phone()
    {
        var pages = await PagesAsync();
        pages.Add(("admin", "/admin"));
        var users = host.Mail.App.Services.GetRequiredService<UserStore>();
        if (await users.VerifyAsync("admin", WebForms.Password) is null)
            await users.CreateAsync("admin", "admin", WebForms.Password);
        var faults = new List<string>();
        var desk = await host.PageAsync("admin");
        var phone = await host.PageAsync("admin");
        await phone.SetViewportSizeAsync(390, 844);
        foreach (var (name, path) in pages)
        {
            foreach (var (page, width) in new[] { (desk, "desk"), (phone, "390") })
            {
                var response = await page.GotoAsync(path);
                if (response is not { Ok: true })
                    faults.Add($"{path} at {width}: HTTP {response?.Status}");
                await BrowserHost.ScreenshotAsync(page, $"a11y-{name}-{width}");
                if (width == "390") // the first screens of a long phone page, at a size that can be looked at
                    await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotFolder, $"a11y-{name}-390-top.png"), FullPage = true, Clip = new() { X = 0, Y = 0, Width = 390, Height = 1600 } });
                var axe = await page.RunAxe();
                Assert.True(axe.Passes.Length > 10, $"axe-core checked next to nothing on {path}: did it run?");
                faults.AddRange(axe.Violations.Where(v => v.Impact is "serious" or "critical")
                    .Select(v => $"{path} at {width}: {v.Impact} {v.Id} ({v.Help}) at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
                if (width == "390")
                {
                    var wide = await page.EvaluateAsync<string>(
                        """
                        () => {
                          const limit = document.documentElement.clientWidth;
                          if (document.documentElement.scrollWidth <= limit) return '';
                          const over = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > limit + 1);
                          return document.documentElement.scrollWidth + ' px: ' + over.slice(-3).map(e => e.outerHTML.slice(0, 120)).join(' | ');
                        }
                        """);
                    if (wide.Length > 0)
                        faults.Add($"{path} is wider than 390 px: {wide}");

                    // Tables become stacked rows: each cell with text says which column it was (its data-label), unless its row has its own heading.
                    var unlabelled = await page.EvaluateAsync<string>(
                        """
                        () => [...document.querySelectorAll('table:not(.calendar) tbody td:not([data-label])')]
                          .filter(td => !td.parentElement.querySelector('th') && !td.querySelector('form, button, input, select') && td.textContent.trim().length > 0)
                          .slice(0, 3).map(td => td.outerHTML.slice(0, 120)).join(' | ')
                        """);
                    if (unlabelled.Length > 0)
                        faults.Add($"{path} at 390 px has table cells without a label: {unlabelled}");
                }
            }
        }

        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }
}
