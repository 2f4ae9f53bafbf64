using System.Data.Common;
using MimeKit;
using NodaTime;
using Planner.Events;

namespace Planner.Invitations;

/// <summary>One language's invitation as it will be sent: the first party in that language, the message's text and the files attached.</summary>
public sealed record PreviewMail(string Language, IReadOnlyList<string> Parties, string From, string To, string Subject, string Text,
    IReadOnlyList<(string FileName, string MediaType, long Bytes)> Attachments);

/// <summary>
/// The invitations "send" would queue now, composed exactly as <see cref="MailQueue"/> composes them (same templates,
/// deadline, quota and attachments) but not stored: one message per language of the parties still to be invited.
/// Each party's own RSVP link is made when it is sent; the preview shows where it goes.
/// </summary>
public static class InvitationPreview
{
    /// <summary>The parties "send" would invite now, in order of party id.</summary>
    public static async Task<IReadOnlyList<MailParty>> RecipientsAsync(DbConnection c, long eventId) =>
        (await InvitationStore.PartiesAsync(c, eventId)).Where(p => InvitationRules.WhySkipped(p) is null).ToList();

    public static async Task<IReadOnlyList<PreviewMail>> ComposeAsync(DbConnection c, MailComposer composer, IInvitationAttachments attachments,
        long eventId, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(composer);
        ArgumentNullException.ThrowIfNull(attachments);
        var ev = await InvitationStore.MailEventAsync(c, eventId);
        if (ev.Settings.Deadline is null)
            ev = ev with { Settings = ev.Settings with { Deadline = InvitationRules.DefaultDeadline(ev.Event, now) } };
        var previews = new List<PreviewMail>();
        foreach (var language in (await RecipientsAsync(c, eventId)).GroupBy(p => p.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var party = language.First() with { InvitationId = 0, State = InvitationState.Invited };
            var files = await attachments.ForAsync(eventId, language.Key, cancellationToken);
            var message = composer.Compose(MailKind.Invitation, ev, party, composer.Options.PublicUrl.TrimEnd('/') + "/rsvp/…", "", "", [], files, now);
            previews.Add(new PreviewMail(language.Key, language.Select(p => p.Code).ToList(), message.From.ToString(), message.To.ToString(),
                message.Subject ?? "", message.TextBody ?? "", files.Select(f => (f.FileName, f.MediaType, (long)f.Content.Length)).ToList()));
        }

        return previews;
    }
}
