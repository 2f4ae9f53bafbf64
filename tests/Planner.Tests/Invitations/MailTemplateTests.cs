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
            "UTC+03:00, Moscow", "1 April 2027, 03:00", 4, "http://localhost/rsvp/x", "accepted", "confirmed", ["A <b>B</b>"]);
        foreach (var kind in Enum.GetValues<MailKind>())
        {
            foreach (var language in Language.All)
            {
                var mail = templates.Render(kind, language, model);
                Assert.False(string.IsNullOrWhiteSpace(mail.Subject), $"{kind}.{language}");
                Assert.Contains("Kazakhstan", mail.Text, StringComparison.Ordinal);
                Assert.Contains("Kazakhstan", mail.Html, StringComparison.Ordinal);
                Assert.DoesNotContain("<b>B</b>", mail.Html, StringComparison.Ordinal);
                Assert.DoesNotContain("{", mail.Text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_russian_invitation_is_one_sentence_of_the_catalogue_in_russian()
    {
        var templates = MailTemplates.Load();
        var model = new MailModel("Секретариат РАТС ШОС", "Республика Казахстан", "47-е заседание Совета РАТС ШОС", "Москва", "15 апреля 2027 г., 09:00",
            "16 апреля 2027 г., 18:00", "UTC+03:00, Москва", "1 апреля 2027 г., 18:00 (UTC+03:00, Москва)", 4, "http://localhost/rsvp/x", "", "", []);
        var mail = templates.Render(MailKind.Invitation, Language.Russian, model);
        Assert.Equal("Приглашение: 47-е заседание Совета РАТС ШОС", mail.Subject);
        Assert.Contains("Секретариат РАТС ШОС имеет честь пригласить вашу делегацию на мероприятие «47-е заседание Совета РАТС ШОС»", mail.Text, StringComparison.Ordinal);
        Assert.Contains("(не более 4 человек)", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_template_stops_the_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MailTemplates.Load(Catalogue.Default, n => n == "reminder.liquid" ? null : Embedded(n)));
        Assert.Contains("reminder.liquid: missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_naming_an_unknown_value_stops_the_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MailTemplates.Load(Catalogue.Default, n =>
            n == "update.liquid" ? Embedded(n)!.Replace("{{ rsvp_url }}", "{{ venue_name }}", StringComparison.Ordinal) : Embedded(n)));
        Assert.Contains("update.liquid", error.Message, StringComparison.Ordinal);
        Assert.Contains("venue_name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_naming_a_sentence_the_catalogue_lacks_stops_the_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MailTemplates.Load(Catalogue.Default, n =>
            n == "update.liquid" ? Embedded(n)!.Replace("{{ t.update_body }}", "{{ t.update_bodies }}", StringComparison.Ordinal) : Embedded(n)));
        Assert.Contains("mail.update_bodies", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_without_its_html_part_stops_the_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MailTemplates.Load(Catalogue.Default, n =>
            n == "invitation.liquid" ? Embedded(n)!.Replace("=== html ===", "", StringComparison.Ordinal) : Embedded(n)));
        Assert.Contains("'=== html ===' is missing", error.Message, StringComparison.Ordinal);
    }
}
