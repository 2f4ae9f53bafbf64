using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MimeKit;
using Planner.Tests.Support;

namespace Planner.Tests.Invitations;

/// <summary>What a Russian and a Chinese delegation receive reads in their language from the first line to the last.</summary>
public sealed partial class InvitationLanguageTests
{
    /// <summary>A run of three or more Latin words: an English sentence or phrase.</summary>
    [GeneratedRegex(@"\b[A-Za-z]{2,}( [A-Za-z]{2,}){2,}\b")]
    private static partial Regex EnglishWords();

    /// <summary>The message's text without its links, addresses and the venue (stored content, translated on another branch).</summary>
    private static string Words(string? text) =>
        Regex.Replace(text ?? "", @"https?://\S+|\S+@\S+|Conference centre of the FSB of Russia, Moscow, Russia|FSB", "");

    [Fact]
    public async Task The_russian_and_chinese_invitations_as_received_have_no_english_sentence()
    {
        await using var host = await MailHost.StartAsync();
        var client = await host.App.ClientAsync();
        var eventId = await host.UpcomingEventAsync(client);
        await MailHost.InviteAsync(client, eventId);
        await host.RunMailAsync();

        var kaz = Assert.Single(host.MailTo("protocol@kaz.mfa.example"));
        var chn = Assert.Single(host.MailTo("protocol@chn.mfa.example"));

        Assert.Equal("Секретариат РАТС ШОС", kaz.From.Mailboxes.Single().Name);
        Assert.Contains("Секретариат РАТС ШОС имеет честь пригласить вашу делегацию на мероприятие «47-е заседание Совета РАТС ШОС»", kaz.TextBody, StringComparison.Ordinal);
        Assert.Contains("1 апреля 2027 г., 03:00 (UTC+03:00, Москва)", kaz.TextBody, StringComparison.Ordinal);
        Assert.Contains("имеет честь", kaz.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Secretariat", kaz.TextBody, StringComparison.Ordinal);
        Assert.Empty(EnglishWords().Matches(Words(kaz.TextBody)));
        Assert.Empty(EnglishWords().Matches(Words(kaz.Subject)));

        Assert.Equal("上海合作组织地区反恐怖机构秘书处", chn.From.Mailboxes.Single().Name);
        Assert.StartsWith("中国的各位同事：", chn.TextBody!.Trim(), StringComparison.Ordinal);
        Assert.Contains("上海合作组织地区反恐怖机构秘书处谨邀请", chn.TextBody, StringComparison.Ordinal);
        Assert.Contains("2027年4月1日 03:00（UTC+03:00，莫斯科）", chn.TextBody, StringComparison.Ordinal);
        Assert.Empty(EnglishWords().Matches(Words(chn.TextBody)));

        // The calendar entry's ORGANIZER is named in the party's language too.
        var (calendar, _) = InvitationMailTests.CalendarOf(kaz);
        Assert.Equal("Секретариат РАТС ШОС", calendar.Events.Single().Organizer!.CommonName);
        Assert.Equal("上海合作组织地区反恐怖机构秘书处", InvitationMailTests.CalendarOf(chn).Calendar.Events.Single().Organizer!.CommonName);
    }

    [Fact]
    public async Task The_organisations_names_come_from_the_configuration()
    {
        await using var host = await MailHost.StartAsync(extra: new Dictionary<string, string>
        {
            ["Planner:Organisation:Secretariat:ru"] = "Исполнительный комитет РАТС ШОС",
        });
        var client = await host.App.ClientAsync();
        var eventId = await host.UpcomingEventAsync(client);
        await MailHost.InviteAsync(client, eventId);
        await host.RunMailAsync();

        var kaz = Assert.Single(host.MailTo("protocol@kaz.mfa.example"));
        Assert.Equal("Исполнительный комитет РАТС ШОС", kaz.From.Mailboxes.Single().Name);
        Assert.Contains("Исполнительный комитет РАТС ШОС имеет честь пригласить", kaz.TextBody, StringComparison.Ordinal);
        // A language not configured keeps the default name.
        Assert.Equal("RATS SCO Secretariat", Assert.Single(host.MailTo("protocol@ind.mfa.example")).From.Mailboxes.Single().Name);
    }

    [Fact]
    public async Task The_api_answers_a_problem_in_russian_when_asked_and_in_english_by_default()
    {
        await using var host = await MailHost.StartAsync();
        var client = await host.App.ClientAsync();

        async Task<JsonNode> ProblemAsync(string? language)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/venues")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { name = "", city = "Ташкент", country = "Узбекистан", timeZone = "Asia/Tashkent" }),
            };
            if (language is not null)
                request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        }

        var russian = await ProblemAsync("ru-RU");
        Assert.Equal("Недопустимое значение", russian["title"]!.GetValue<string>());
        Assert.Equal("value.required", russian["code"]!.GetValue<string>());
        Assert.Equal("name.en", russian["field"]!.GetValue<string>());
        Assert.Equal("Поле name.en обязательно.", russian["errors"]!["name.en"]![0]!.GetValue<string>());

        var chinese = await ProblemAsync("zh-CN");
        Assert.Equal("无效的值", chinese["title"]!.GetValue<string>());
        Assert.Equal("name.en为必填项。", chinese["errors"]!["name.en"]![0]!.GetValue<string>());

        var english = await ProblemAsync(null);
        Assert.Equal("Invalid value", english["title"]!.GetValue<string>());
        Assert.Equal("name.en is required.", english["errors"]!["name.en"]![0]!.GetValue<string>());
    }
}
