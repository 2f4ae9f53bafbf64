using Microsoft.Playwright;
using Planner.Access;
using Planner.Tests.Documents;
using Planner.Tests.Invitations;
using Planner.Tests.Support;

namespace Planner.Tests.Web;

/// <summary>The secretariat's pages in a real browser (Debian's Chromium, headless).</summary>
public sealed class BrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task A_planner_creates_a_clashing_meeting_invites_gets_an_answer_and_reads_the_agenda()
    {
        var api = await host.Mail.App.ClientAsync(Role.Planner);
        var page = await host.PageAsync("planner");
        await BrowserHost.ScreenshotAsync(page, "dashboard");

        // A Council meeting in Moscow on the day of the 47th meeting: refused with the conflict shown.
        await page.ClickAsync("text=New event");
        await page.SelectOptionAsync("#kind", "council");
        await page.FillAsync("#titleEn", "Extraordinary meeting of the RATS SCO Council");
        await page.FillAsync("#titleRu", "Внеочередное заседание Совета РАТС ШОС");
        await page.SelectOptionAsync("#venueId", new SelectOptionValue { Label = "Moscow — Conference centre of the FSB of Russia (Europe/Moscow)" });
        await page.FillAsync("#start", "2027-04-15T10:00");
        await page.FillAsync("#end", "2027-04-15T17:00");
        await page.SelectOptionAsync("#status", "planned");
        await page.ClickAsync("#save-event");
        var problem = page.Locator(".problem");
        await Assertions.Expect(problem).ToContainTextAsync("This change would cause conflicts");
        await Assertions.Expect(page.Locator(".problem li[data-code='venue.doubleBooked']")).ToContainTextAsync("47th meeting");
        await BrowserHost.ScreenshotAsync(page, "event-conflict");

        // Saved once the planner accepts the conflict; the event page shows it where it arises.
        await page.CheckAsync("input[name=accept]");
        var saved = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#save-event"), r => r.Request.Method == "POST");
        if (saved.Status != 302)
            Assert.Fail($"Saving with the conflicts accepted was answered {saved.Status}: {await saved.TextAsync()}");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/events/\\d+$"), new() { WaitUntil = WaitUntilState.Commit });
        var eventId = long.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(page.Locator("#when")).ToHaveTextAsync("15 April 2027, 10:00–17:00, Europe/Moscow (UTC+03:00)");
        await Assertions.Expect(page.Locator("li.conflict[data-code='venue.doubleBooked']")).ToBeVisibleAsync();

        // Participants, in precedence order within their group.
        foreach (var code in new[] { "RUS", "KAZ" })
        {
            await page.SelectOptionAsync("#add-participant select[name=partyId]", (await api.PartyIdAsync(code)).ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.SelectOptionAsync("#add-participant select[name=role]", "member");
            await page.ClickAsync("#add-participant button[type=submit]");
        }

        var members = page.Locator("table[data-role='member'] > tbody > tr");
        await Assertions.Expect(members).ToHaveCountAsync(2);
        Assert.Equal("KAZ", await members.Nth(0).GetAttributeAsync("data-party")); // Казахстан before Россия
        Assert.Equal("RUS", await members.Nth(1).GetAttributeAsync("data-party"));

        // The agenda editor: a session and an item.
        await page.FillAsync("#add-session input[name=titleEn]", "Restricted session");
        await page.FillAsync("#add-session input[name=start]", "2027-04-15T10:00");
        await page.FillAsync("#add-session input[name=end]", "2027-04-15T12:00");
        await page.FillAsync("#add-session input[name=roomEn]", "Press centre");
        await page.ClickAsync("#add-session button[type=submit]");
        var session = page.Locator("section.session");
        await Assertions.Expect(session).ToContainTextAsync("Restricted session");
        await session.Locator("form.add-item input[name=titleEn]").FillAsync("Opening of the meeting");
        await session.Locator("form.add-item button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("section.session ol.items")).ToContainTextAsync("Opening of the meeting");

        // Invitations go to the real SMTP server after the planner has seen each language's mail and confirmed the count.
        await page.ClickAsync("#preview-link");
        await Assertions.Expect(page.Locator("article.mail-preview[data-lang='ru'] pre.mail")).ToContainTextAsync("Внеочередное заседание Совета РАТС ШОС");
        await Assertions.Expect(page.Locator("article.mail-preview[data-lang='ru'] .attachment")).ToContainTextAsync(".pdf");
        await BrowserHost.ScreenshotAsync(page, "invitation-preview");
        await page.ClickAsync("#send-confirm summary");
        await Assertions.Expect(page.Locator("#send-confirm")).ToContainTextAsync("sent to 2 parties");
        await page.ClickAsync("#send-invitations");
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("Invitations queued: 2");
        await host.Mail.RunMailAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#invitation-states tr[data-party='KAZ']")).ToContainTextAsync("sent");
        await BrowserHost.ScreenshotAsync(page, "event");

        // Kazakhstan answers through the link in its (Russian) invitation, in a browser of its own.
        var mail = host.Mail.MailTo("protocol@kaz.mfa.example").Single();
        var delegation = await host.PageAsync();
        await delegation.GotoAsync("/rsvp/" + MailHost.RsvpToken(mail));
        await Assertions.Expect(delegation.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await delegation.SelectOptionAsync("select[name=head]", new SelectOptionValue { Index = 1 });
        await delegation.ClickAsync("button[type=submit]");
        await Assertions.Expect(delegation.Locator(".ok")).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(delegation, "rsvp");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#invitation-states tr[data-party='KAZ']")).ToContainTextAsync("Accepted");
        var kazakhstan = page.Locator("table[data-role='member'] tr[data-party='KAZ']");
        await Assertions.Expect(kazakhstan.Locator(".delegate")).ToContainTextAsync("Head of delegation");
        await Assertions.Expect(kazakhstan.Locator(".badge[data-answer='accepted']")).ToHaveTextAsync("Accepted");

        // The secretariat adds the head's function from the note verbale.
        await kazakhstan.Locator("details.delegation-editor summary").ClickAsync();
        await kazakhstan.Locator("details.delegation-editor tr:has(option[value=head]:checked) input[name^='function.']").FillAsync("Head of the Anti-Terrorism Centre");
        await kazakhstan.Locator("details.delegation-editor button[type=submit]").ClickAsync();
        await Assertions.Expect(kazakhstan.Locator(".delegate")).ToContainTextAsync("(Head of the Anti-Terrorism Centre)");

        // The agenda PDF, downloaded and read back.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a[data-doc='agenda-en']"));
        var file = Path.Combine(BrowserHost.ScreenshotFolder, $"agenda-{eventId}.pdf");
        await download.SaveAsAsync(file);
        var text = PdfRead.Text(await File.ReadAllBytesAsync(file));
        PdfRead.InOrder(text, "Extraordinary meeting of the RATS SCO Council", "Restricted session", "Opening of the meeting");
    }

    [Fact]
    public async Task A_viewer_sees_no_buttons_and_a_change_posted_anyway_is_refused()
    {
        var api = await host.Mail.App.ClientAsync(Role.Planner);
        var id = await api.EventIdAsync("47th meeting");
        var page = await host.PageAsync("viewer");
        await page.GotoAsync($"/events/{id}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("47th meeting of the RATS SCO Council");
        await Assertions.Expect(page.Locator("#send-invitations")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#add-participant")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#add-session")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("text=New event")).ToHaveCountAsync(0);

        var token = await page.Locator("form[action='/signout'] input[name=__RequestVerificationToken]").GetAttributeAsync("value");
        var form = page.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", token!);
        var response = await page.APIRequest.PostAsync($"/events/{id}?handler=Invite", new() { Form = form });
        Assert.Equal(403, response.Status);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#invitation-states")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Script_injection_in_a_party_name_shows_as_text()
    {
        const string name = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">Scriptland";
        var page = await host.PageAsync("planner");
        await page.GotoAsync("/directory");
        await page.ClickAsync("text=Add a party");
        await page.FillAsync("#code", "SCR");
        await page.SelectOptionAsync("#kind", "organisation");
        await page.FillAsync("#nameEn", name);
        await page.FillAsync("#email", "protocol@scr.example");
        await page.ClickAsync("#save-party");
        await page.WaitForURLAsync("**/directory?q=SCR", new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("tr[data-party='SCR'] .party-name")).ToHaveTextAsync(name);
        Assert.NotEqual("pwned", await page.TitleAsync());
        Assert.Equal(0, await page.Locator("tr[data-party='SCR'] script, tr[data-party='SCR'] img").CountAsync());
        await BrowserHost.ScreenshotAsync(page, "directory");
    }

    [Fact]
    public async Task Main_pages_render_in_Russian_with_local_times()
    {
        var api = await host.Mail.App.ClientAsync(Role.Planner);
        var norak = await api.EventIdAsync("Norak-Antiterror 2009");
        var page = await host.PageAsync("planner");
        await page.ClickAsync("a[hreflang=ru]");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Обзор");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Europe/Moscow (UTC+03:00)");
        await BrowserHost.ScreenshotAsync(page, "dashboard-ru");
        await page.GotoAsync($"/exercises/{norak}");
        await Assertions.Expect(page.Locator("#injects")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#ratings")).ToContainTextAsync("✔");
        await BrowserHost.ScreenshotAsync(page, "exercise-ru");
    }

    [Fact]
    public async Task A_russian_event_form_shows_every_fault_beside_its_field_keeps_what_was_typed_and_fits_a_phone()
    {
        var page = await host.PageAsync("planner");
        await page.ClickAsync("a[hreflang=ru]");
        await page.GotoAsync("/events/new");

        // No English title, a start in the past (the clock says 1 January 2027) and an end before the start.
        await page.SelectOptionAsync("#kind", "workshop");
        await page.FillAsync("#titleRu", "Семинар экспертов");
        await page.FillAsync("#start", "2026-11-03T10:00");
        await page.FillAsync("#end", "2026-11-02T10:00");
        var refused = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#save-event"), r => r.Request.Method == "POST");
        Assert.Equal(422, refused.Status);
        await Assertions.Expect(page.Locator(".problem")).ToContainTextAsync("Ничего не сохранено. Исправьте отмеченные ниже поля.");
        await Assertions.Expect(page.Locator(".field-error[data-field='title.en']")).ToHaveTextAsync("Заполните это поле.");
        await Assertions.Expect(page.Locator(".field-error[data-field='start']")).ToContainTextAsync("Мероприятие начинается 3 ноября 2026 г., а эта дата уже прошла.");
        await Assertions.Expect(page.Locator(".field-error[data-field='end']"))
            .ToHaveTextAsync("Мероприятие заканчивается (2 ноября 2026 г., 10:00) раньше, чем начинается (3 ноября 2026 г., 10:00), или в тот же момент.");
        await Assertions.Expect(page.Locator("input[name=confirmDate]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#titleRu")).ToHaveValueAsync("Семинар экспертов");
        await Assertions.Expect(page.Locator("#start")).ToHaveValueAsync("2026-11-03T10:00");
        await Assertions.Expect(page.Locator("#end")).ToHaveValueAsync("2026-11-02T10:00");
        await BrowserHost.ScreenshotAsync(page, "event-form-errors-ru");

        await page.SetViewportSizeAsync(390, 844);
        await BrowserHost.ScreenshotAsync(page, "event-form-errors-ru-390");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "The refused form is wider than a 390 px phone.");
    }
}
