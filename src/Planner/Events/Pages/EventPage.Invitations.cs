using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Planner.Data;
using Planner.Invitations;
using Planner.Scheduling;

namespace Planner.Events.Pages;

/// <summary>Invitations on the event page: the reply deadline, quota and reminders as a form; a preview of each language's mail; sending confirmed.</summary>
public sealed partial class EventPageModel
{
    public InvitationSettings Settings { get; private set; } = null!;

    /// <summary>The parties "send invitations" would write to now.</summary>
    public IReadOnlyList<MailParty> Recipients { get; private set; } = [];

    /// <summary>Each language's invitation as it would be sent, when the page was asked for the preview (<c>?preview=true</c>).</summary>
    public IReadOnlyList<PreviewMail>? Preview { get; private set; }

    [BindProperty(SupportsGet = true, Name = "preview")]
    public bool ShowPreview { get; set; }

    /// <summary>The deadline the form shows, at the venue's local time: the one set, else the default the first invitation will set.</summary>
    public string DeadlineValue =>
        (Settings.Deadline ?? InvitationRules.DefaultDeadline(Event, clock.GetCurrentInstant())).InZone(Venue.Zone).LocalDateTime
            .ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private async Task LoadInvitationsAsync(System.Data.Common.DbConnection c, CancellationToken cancellationToken)
    {
        Settings = await InvitationStore.SettingsAsync(c, Id);
        Recipients = await InvitationPreview.RecipientsAsync(c, Id);
        if (ShowPreview)
        {
            var services = HttpContext.RequestServices;
            Preview = await InvitationPreview.ComposeAsync(c, services.GetRequiredService<MailComposer>(), services.GetRequiredService<IInvitationAttachments>(),
                Id, clock.GetCurrentInstant(), cancellationToken);
        }
    }

    public Task<IActionResult> OnPostInvitationSettingsAsync(string? deadline, string? quota, string? remindUnanswered, string? remindConfirmed, long? version,
        CancellationToken cancellationToken)
    {
        const string form = "invitation-settings";
        var local = DateTime(form, "deadline", deadline);
        var people = SmallNumber(form, "quota", quota);
        var unanswered = Days(form, "remindUnansweredDays", remindUnanswered);
        var confirmed = Days(form, "remindConfirmedDays", remindConfirmed);
        return ChangeAsync(form, () => invitations.SaveSettingsAsync(Id, local, people, unanswered, confirmed, version, cancellationToken),
            cancellationToken, fragment: "invitations");
    }

    /// <summary>Reminder days typed as "7, 2"; a part that is not a whole number is recorded against the field.</summary>
    private List<int>? Days(string form, string field, string? text)
    {
        var days = new List<int>();
        foreach (var part in (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (SmallNumber(form, field, part) is not { } n)
                return null;
            days.Add(n);
        }

        return days;
    }
}
