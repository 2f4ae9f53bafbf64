using Microsoft.AspNetCore.Mvc;
using Planner.Invitations;

namespace Planner.Events.Pages;

/// <summary>Sending a message again from the invitation list: one whose delivery is unknown, or that failed.</summary>
public sealed partial class EventPageModel
{
    public Task<IActionResult> OnPostResendAsync(long messageId, CancellationToken cancellationToken) =>
        ChangeAsync("invite", () => invitations.ResendAsync(Id, messageId, cancellationToken),
            cancellationToken, fragment: "invitations");
}
