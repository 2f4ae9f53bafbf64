using Microsoft.Playwright;
using Planner.Tests.Support;
using Planner.Tests.Web;

namespace Planner.Tests.Invitations;

/// <summary>
/// The reply page a delegation opens from its invitation, in Debian's Chromium on a 390 px phone: the site's look,
/// the party's language, the venue's local time with its zone, and a refused reply that keeps what was typed.
/// </summary>
public sealed class RsvpPageTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private async Task<string> TokenAsync(string address)
    {
        var mail = host.Mail.MailTo(address);
        if (mail.Count == 0)
        {
            var client = await host.Mail.App.ClientAsync();
            var eventId = await host.Mail.UpcomingEventAsync(client);
            await MailHost.InviteAsync(client, eventId);
            await host.Mail.RunMailAsync();
            mail = host.Mail.MailTo(address);
        }

        return MailHost.RsvpToken(mail[0]);
    }

    private async Task<IPage> PhoneAsync()
    {
        var context = await host.Browser.NewContextAsync(new() { BaseURL = host.BaseUrl, ViewportSize = new() { Width = 390, Height = 844 } });
        return await context.NewPageAsync();
    }

    private static Task<int> ScrollWidthAsync(IPage page) => page.EvaluateAsync<int>("document.documentElement.scrollWidth");

    [Fact]
    public async Task The_chinese_reply_page_fits_a_phone_and_gives_the_deadline_in_venue_time()
    {
        var token = await TokenAsync("protocol@chn.mfa.example");
        var page = await PhoneAsync();
        var response = await page.GotoAsync($"/rsvp/{token}");
        Assert.Equal(200, response!.Status);
        await BrowserHost.ScreenshotAsync(page, "rsvp-zh-390");

        Assert.Equal("zh", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("上合组织地区反恐怖机构理事会第四十七次会议", await page.InnerTextAsync("h1"));
        Assert.Equal("2027年4月1日 03:00（UTC+03:00，莫斯科）", await page.InnerTextAsync("dd.deadline"));
        Assert.Contains("2027年4月15日 09:00（UTC+03:00，莫斯科）", await page.InnerTextAsync("dd.when"), StringComparison.Ordinal);
        Assert.Equal("尚未答复", await page.InnerTextAsync("strong.state"));
        Assert.Equal("提交答复", await page.InnerTextAsync("button[type=submit]"));
        // The site's style sheet is applied (the header bar), and nothing is wider than the phone.
        Assert.Equal("rgb(255, 255, 255)", await page.EvalOnSelectorAsync<string>("header.top", "e => getComputedStyle(e).color"));
        Assert.True(await ScrollWidthAsync(page) <= 390, $"the page is {await ScrollWidthAsync(page)} px wide on a 390 px phone");
        Assert.Equal(0, await page.Locator("script").CountAsync());
    }

    [Fact]
    public async Task A_refused_reply_says_why_in_the_partys_language_and_keeps_the_names_typed()
    {
        var token = await TokenAsync("protocol@chn.mfa.example");
        var page = await PhoneAsync();
        await page.GotoAsync($"/rsvp/{token}");
        await page.CheckAsync("input[name=answer][value=accept]");
        await page.FillAsync("#headName", "李明");
        var typed = "张伟\n王芳\n刘洋\n陈静\n杨帆";
        await page.FillAsync("#newMembers", typed);
        var answer = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("button[type=submit]"), r => r.Request.Method == "POST");
        Assert.Equal(422, answer.Status);
        await BrowserHost.ScreenshotAsync(page, "rsvp-zh-390-refused");

        Assert.Contains("代表团共6人；本次活动每个代表团最多4人。", await page.InnerTextAsync(".problem"), StringComparison.Ordinal);
        Assert.Contains("您填写的内容均已保留", await page.InnerTextAsync(".problem"), StringComparison.Ordinal);
        Assert.Equal("李明", await page.InputValueAsync("#headName"));
        Assert.Equal(typed, (await page.InputValueAsync("#newMembers")).ReplaceLineEndings("\n"));
        Assert.True(await page.IsCheckedAsync("input[name=answer][value=accept]"));
        Assert.True(await ScrollWidthAsync(page) <= 390, $"the refused page is {await ScrollWidthAsync(page)} px wide");

        // Nothing was recorded: the page still shows no answer.
        await page.GotoAsync($"/rsvp/{token}");
        Assert.Equal("尚未答复", await page.InnerTextAsync("strong.state"));
    }

    [Fact]
    public async Task After_the_deadline_the_russian_page_says_so_in_russian()
    {
        var token = await TokenAsync("protocol@kaz.mfa.example");
        var before = host.Mail.Clock.Now;
        host.Mail.Clock.Now = NodaTime.Instant.FromUtc(2027, 4, 2, 0, 0);
        try
        {
            var page = await PhoneAsync();
            var response = await page.GotoAsync($"/rsvp/{token}");
            Assert.Equal(410, response!.Status);
            await BrowserHost.ScreenshotAsync(page, "rsvp-ru-390-closed");
            Assert.Equal("ru", await page.GetAttributeAsync("html", "lang"));
            Assert.Contains("Приём ответов закрыт 1 апреля 2027 г., 03:00 (UTC+03:00, Москва); обратитесь в секретариат.",
                await page.InnerTextAsync(".problem"), StringComparison.Ordinal);
            Assert.True(await page.IsDisabledAsync("button[type=submit]"));
        }
        finally
        {
            host.Mail.Clock.Now = before;
        }
    }
}
