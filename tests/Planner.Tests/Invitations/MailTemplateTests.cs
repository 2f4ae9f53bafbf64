using Planner.Invitations;

namespace Planner.Tests.Invitations;

public sealed class MailTemplateTests
{
    private static string? Embedded(string name)
    {
        using var stream = typeof(MailTemplates).Assembly.GetManifestResourceStream("templates/mail/" + name);
        return stream is null ? null : new StreamReader(stream).ReadToEnd();
    }

    [Fact]
    public void Every_message_kind_has_a_template_in_every_language()
    {
        var templates = MailTemplates.Load();
        var model = new MailModel("RATS SCO Secretariat", "Kazakhstan", "47th meeting", "Moscow", "15 April 2027, 09:00", "15 April 2027, 18:00",
            "Europe/Moscow, UTC+03", "1 April 2027, 03:00", 4, "http://localhost/rsvp/x", "accepted", "confirmed", ["A <b>B</b>"]);
        foreach (var kind in Enum.GetValues<MailKind>())
        {
            foreach (var language in new[] { "en", "ru", "zh" })
            {
                var mail = templates.Render(kind, language, model);
                Assert.False(string.IsNullOrWhiteSpace(mail.Subject), $"{kind}.{language}");
                Assert.Contains("Kazakhstan", mail.Text, StringComparison.Ordinal);
                Assert.Contains("Kazakhstan", mail.Html, StringComparison.Ordinal);
                Assert.DoesNotContain("<b>B</b>", mail.Html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_missing_template_stops_the_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MailTemplates.Load(n => n == "reminder.zh.liquid" ? null : Embedded(n)));
        Assert.Contains("reminder.zh.liquid: missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_naming_an_unknown_value_stops_the_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MailTemplates.Load(n =>
            n == "update.ru.liquid" ? Embedded(n)!.Replace("{{ venue }}", "{{ venue_name }}", StringComparison.Ordinal) : Embedded(n)));
        Assert.Contains("update.ru.liquid", error.Message, StringComparison.Ordinal);
        Assert.Contains("venue_name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_without_its_html_part_stops_the_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MailTemplates.Load(n =>
            n == "invitation.en.liquid" ? Embedded(n)!.Replace("=== html ===", "", StringComparison.Ordinal) : Embedded(n)));
        Assert.Contains("'=== html ===' is missing", error.Message, StringComparison.Ordinal);
    }
}
