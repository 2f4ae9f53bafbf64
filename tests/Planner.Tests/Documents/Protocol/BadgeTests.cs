using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Planner.Access;
using Planner.Documents.Protocol;
using Planner.Tests.Support;
using Planner.Tests.Web;

namespace Planner.Tests.Documents.Protocol;

/// <summary>Badges, their signed check-in links, and the arrivals they record.</summary>
public sealed class BadgeTests(ProtocolFixture host) : IClassFixture<ProtocolFixture>
{
    [Fact]
    public async Task Badges_are_id1_cards_ten_to_a_sheet_with_name_party_category_and_event_in_the_language()
    {
        var api = await host.App.ClientAsync();
        var id = await api.EventIdAsync("40th meeting");
        var delegates = await DelegatesAsync(api, id);
        var pages = PdfRead.Pages(await api.GetByteArrayAsync($"/api/events/{id}/documents/badges.pdf?lang=ru"));

        Assert.Equal((delegates.Count + 9) / 10, pages.Count);
        Assert.All(pages, p => Assert.True(Math.Abs(p.Width - 595.28) < 1 && Math.Abs(p.Height - 841.89) < 1));
        var text = string.Concat(pages.Select(p => p.Text));
        foreach (var (name, _) in delegates)
            Assert.Contains(name.Replace(" ", "", StringComparison.Ordinal), text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(delegates.Count, PdfRead.Count(text, "40-е заседание Совета РАТС ШОС"));
        Assert.Contains("ГОСУДАРСТВО-ЧЛЕН", text, StringComparison.Ordinal);
        Assert.Contains("Казахстан", text, StringComparison.Ordinal);
        Assert.Contains("Заместительминистраобщественнойбезопасности", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal); // positions in Russian
        Assert.DoesNotMatch("[A-Za-z]", text);

        // Each badge's QR code, drawn as squares, reads back as that delegate's own check-in link.
        var codes = host.App.Services.GetRequiredService<CheckInCodes>();
        var links = await QrRead.CodesAsync(await api.GetByteArrayAsync($"/api/events/{id}/documents/badges.pdf?lang=ru"), 1);
        Assert.Equal(delegates.Take(10).Select(d => codes.Url(id, d.PersonId)).Order(), links.Order());

        var zh = PdfRead.Text(await api.GetByteArrayAsync($"/api/events/{id}/documents/badges.pdf?lang=zh"));
        Assert.Contains("成员国", zh, StringComparison.Ordinal);
        Assert.Contains("公安部副部长", zh, StringComparison.Ordinal);
        Assert.Contains("上合组织地区反恐怖机构理事会第四十次会议", zh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_press_participant_gets_a_press_badge_and_no_seat_at_the_table()
    {
        var api = await host.App.ClientAsync();
        var venue = (await api.GetJsonAsync("/api/venues")).AsArray()[0]!["id"]!.GetValue<long>();
        var agency = (await api.PostJsonAsync("/api/parties", new
        {
            code = "XINHUA", kind = "organisation", language = "zh",
            name = new { en = "Xinhua News Agency", ru = "Информационное агентство Синьхуа", zh = "新华通讯社" },
        }, 201))["id"]!.GetValue<long>();
        var reporter = (await api.PostJsonAsync("/api/people", new
        {
            name = new { en = "Li Wei", ru = "Ли Вэй", zh = "李伟" }, title = "Correspondent", partyId = agency,
        }, 201))["id"]!.GetValue<long>();
        var id = (await api.PostJsonAsync("/api/events", new
        {
            kind = "workshop", title = new { en = "Media briefing", ru = "Брифинг для прессы", zh = "媒体吹风会" },
            venueId = venue, start = "2028-03-01T10:00", end = "2028-03-01T12:00",
        }, 201))["id"]!.GetValue<long>();
        await api.PostJsonAsync($"/api/events/{id}/participants", new { partyId = agency, role = "press" }, 201);
        var version = (await api.GetJsonAsync($"/api/events/{id}/delegations/{agency}"))["version"]!.GetValue<long>();
        await api.PutJsonAsync($"/api/events/{id}/delegations/{agency}",
            new { head = new { personId = reporter, function = "Correspondent" }, members = Array.Empty<object>(), version }, 200);

        var groups = (await api.GetJsonAsync($"/api/events/{id}/participants")).AsArray();
        Assert.Equal("press", Assert.Single(groups)!["role"]!.GetValue<string>());
        var ru = PdfRead.Text(await api.GetByteArrayAsync($"/api/events/{id}/documents/badges.pdf?lang=ru"));
        Assert.Contains("ПРЕССА", ru, StringComparison.Ordinal);
        Assert.Contains("ЛиВэй", ru.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Синьхуа", ru, StringComparison.Ordinal);
        Assert.DoesNotContain("ГОСТЬ", ru, StringComparison.Ordinal);
        var en = PdfRead.Text(await api.GetByteArrayAsync($"/api/events/{id}/documents/badges.pdf?lang=en"));
        Assert.Contains("PRESS", en, StringComparison.Ordinal);
        var zh = PdfRead.Text(await api.GetByteArrayAsync($"/api/events/{id}/documents/badges.pdf?lang=zh"));
        Assert.Contains("新闻媒体", zh, StringComparison.Ordinal);

        // The press is not seated at the table.
        var seating = PdfRead.Text(await api.GetByteArrayAsync($"/api/events/{id}/documents/seating.pdf?lang=en"));
        Assert.DoesNotContain("Xinhua", seating, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_planner_opens_the_badge_link_sees_the_delegate_and_marks_the_arrival_once()
    {
        var api = await host.App.ClientAsync();
        var id = await api.EventIdAsync("40th meeting");
        var person = (await DelegatesAsync(api, id)).First(d => d.Name.Length > 0).PersonId;
        var codes = host.App.Services.GetRequiredService<CheckInCodes>();
        var path = new Uri(codes.Url(id, person)).AbsolutePath;
        Assert.StartsWith("http://localhost/checkin/", codes.Url(id, person), StringComparison.Ordinal);

        // Not signed in: the sign-in page, not the delegate.
        using var anonymous = host.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(path)).StatusCode);

        var viewer = await WebForms.SignedInAsync(host.App, Role.Viewer);
        var seen = await viewer.GetStringAsync(path);
        Assert.Contains("id=\"not-arrived\"", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("mark-arrival", seen, StringComparison.Ordinal);

        var planner = await WebForms.SignedInAsync(host.App, Role.Planner);
        var page = await planner.GetStringAsync(path);
        Assert.Contains("id=\"mark-arrival\"", page, StringComparison.Ordinal);
        var posted = await planner.PostFormAsync(path, path, []);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("id=\"arrived\"", await planner.GetStringAsync(path), StringComparison.Ordinal);

        var arrivals = (await api.GetJsonAsync($"/api/events/{id}/arrivals")).AsArray();
        var arrival = Assert.Single(arrivals, a => a!["personId"]!.GetValue<long>() == person);
        Assert.Equal("2027-01-15T06:00:00Z", arrival!["arrivedAt"]!.GetValue<string>());
        Assert.Equal("web-planner", arrival["markedBy"]!.GetValue<string>());
        var eventPage = await planner.GetStringAsync($"/events/{id}");
        Assert.Contains($"data-person=\"{person}\"", eventPage, StringComparison.Ordinal);

        // A code for another delegate, or a changed one, opens nothing.
        var forged = path[..^3] + (path[^3..] == "AAA" ? "BBB" : "AAA");
        Assert.Equal(HttpStatusCode.NotFound, (await planner.GetAsync(forged)).StatusCode);
        var otherEvent = path.Replace($"/checkin/{id}.", $"/checkin/{id + 1}.", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await planner.GetAsync(otherEvent)).StatusCode);
        await api.GetJsonAsync("/api/events/999999/arrivals", 404);
    }

    [Fact]
    public async Task The_event_page_draws_the_seating_plan_inline_and_links_every_protocol_document()
    {
        var api = await host.App.ClientAsync();
        var id = await host.InvitedMeetingAsync(api);
        var planner = await WebForms.SignedInAsync(host.App, Role.Planner);
        var page = await planner.GetStringAsync($"/events/{id}");
        var svg = page[page.IndexOf("<svg", StringComparison.Ordinal)..(page.IndexOf("</svg>", StringComparison.Ordinal) + 6)];
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("data-party=\"KAZ\"", svg, StringComparison.Ordinal);
        Assert.Contains("Kazakhstan", svg, StringComparison.Ordinal);
        Assert.Contains("data-chair=\"true\"", svg, StringComparison.Ordinal);
        foreach (var doc in new[] { "nameplates.pdf?lang=ru&amp;second=zh", "seating.pdf?lang=zh", "badges.pdf?lang=en" })
            Assert.Contains($"/api/events/{id}/documents/{doc}", page, StringComparison.Ordinal);
        Assert.Contains($"/api/events/{id}/documents/note.pdf?party={await api.PartyIdAsync("KAZ")}&amp;lang=ru", page, StringComparison.Ordinal);
    }

    private static async Task<List<(string Name, long PersonId)>> DelegatesAsync(HttpClient api, long eventId)
    {
        var list = new List<(string, long)>();
        foreach (var group in (await api.GetJsonAsync($"/api/events/{eventId}/participants")).AsArray())
        {
            foreach (var party in group!["parties"]!.AsArray())
            {
                var delegation = await api.GetJsonAsync($"/api/events/{eventId}/delegations/{party!["partyId"]}");
                list.AddRange(delegation["members"]!.AsArray().Select(m => (m!["name"]!["ru"]!.GetValue<string>() is { Length: > 0 } ru ? ru : m["name"]!["en"]!.GetValue<string>(),
                    m["personId"]!.GetValue<long>())));
            }
        }

        return list;
    }
}
