using MimeKit;
using Planner.Tests.Invitations;
using Planner.Tests.Support;

namespace Planner.Tests.Documents.Protocol;

/// <summary>The invitation mail, as the SMTP server received it, carries the party's note verbale beside the agenda.</summary>
public sealed class NoteMailTests
{
    [Fact]
    public async Task The_invitation_attaches_the_note_in_the_partys_language_with_the_mails_own_rsvp_link()
    {
        await using var host = await MailHost.StartAsync();
        var client = await host.App.ClientAsync();
        var eventId = await host.UpcomingEventAsync(client);
        await MailHost.InviteAsync(client, eventId);
        await host.RunMailAsync();

        var kaz = await client.PartyIdAsync("KAZ");
        var message = Assert.Single(host.MailTo("protocol@kaz.mfa.example"));
        var files = message.Attachments.OfType<MimePart>().ToDictionary(p => p.FileName ?? "");
        Assert.Contains($"agenda-{eventId}-ru.pdf", files.Keys);
        var note = PdfRead.Text(Content(files[$"note-{eventId}-{kaz}-ru.pdf"]));
        PdfRead.InOrderAcrossLines(note, "Вербальная нота", "свидетельствует своё уважение Министерству иностранных дел Республики Казахстан",
            "уверения в своём высоком уважении", "Ташкент, 1 января 2027 года");
        // The link in the note is the one in the mail's own text.
        var body = message.TextBody ?? "";
        var link = body[body.IndexOf("http://localhost/rsvp/", StringComparison.Ordinal)..].Split(' ', '\n', '\r', ')', '>')[0];
        Assert.Contains(link, note.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);

        // China corresponds in Chinese: its note is the Chinese one.
        var chn = await client.PartyIdAsync("CHN");
        var chinese = Assert.Single(host.MailTo("protocol@chn.mfa.example")).Attachments.OfType<MimePart>().Single(p => p.FileName!.StartsWith("note-", StringComparison.Ordinal));
        Assert.Equal($"note-{eventId}-{chn}-zh.pdf", chinese.FileName);
        Assert.Contains("中华人民共和国外交部致意", PdfRead.Text(Content(chinese)), StringComparison.Ordinal);

        // Each note took its number as it was queued; printing it now keeps that number.
        var register = (await client.GetJsonAsync("/api/register?year=2027")).AsArray();
        var number = register.Single(e => e!["partyId"]!.GetValue<long>() == kaz)!["number"]!.GetValue<string>();
        Assert.Contains("№ " + number, note, StringComparison.Ordinal);
        var printed = PdfRead.Text(await client.GetByteArrayAsync($"/api/events/{eventId}/documents/note.pdf?party={kaz}&lang=en"));
        Assert.Contains("No. " + number, printed, StringComparison.Ordinal);
    }

    private static byte[] Content(MimePart part)
    {
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return content.ToArray();
    }
}
