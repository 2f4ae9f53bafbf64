using System.Net;
using Planner.Tests.Support;

namespace Planner.Tests.Invitations;

public sealed partial class RsvpTests
{
    [Fact]
    public async Task Answering_on_the_reply_page_keeps_the_heads_function_the_page_does_not_show()
    {
        var (host, api, eventId) = await InvitedAsync();
        await using var _ = host;
        var kazId = await api.PartyIdAsync("KAZ");
        var person = (await api.GetJsonAsync($"/api/people?party={kazId}")).AsArray().First()!["id"]!.GetValue<long>();
        var before = await api.GetJsonAsync($"/api/events/{eventId}/delegations/{kazId}");
        await api.PutJsonAsync($"/api/events/{eventId}/delegations/{kazId}", new
        {
            head = new { personId = person, function = new { en = "Head", ru = "Руководитель", zh = "负责人" } },
            members = Array.Empty<object>(),
            version = before["version"]!.GetValue<long>(),
        }, 200);

        var token = MailHost.RsvpToken(host.MailTo("protocol@kaz.mfa.example").Single());
        var browser = host.App.CreateClient();
        var page = await browser.GetStringAsync($"/rsvp/{token}");
        var field = HiddenField().Match(page);
        var posted = await browser.PostAsync($"/rsvp/{token}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [field.Groups[1].Value] = WebUtility.HtmlDecode(field.Groups[2].Value),
            ["answer"] = "accept",
            ["head"] = person.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["newMembers"] = "Айгерим Бекова",
        }));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        // The page shows the function in the party's language, and keeps it in every language.
        var answered = await posted.Content.ReadAsStringAsync();
        var language = System.Text.RegularExpressions.Regex.Match(answered, "<html lang=\"(..)\"").Groups[1].Value;
        Assert.Contains(language switch { "ru" => "Руководитель", "zh" => "负责人", _ => "Head" }, answered, StringComparison.Ordinal);

        var after = await api.GetJsonAsync($"/api/events/{eventId}/delegations/{kazId}");
        var function = after["members"]![0]!["function"]!;
        Assert.Equal(("Head", "Руководитель", "负责人"), (function["en"]!.GetValue<string>(), function["ru"]!.GetValue<string>(), function["zh"]!.GetValue<string>()));
        Assert.True(after["members"]![0]!["isHead"]!.GetValue<bool>());
        Assert.Equal(2, after["members"]!.AsArray().Count);
    }
}
