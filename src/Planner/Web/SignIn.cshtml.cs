using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Planner.Access;

namespace Planner.Web;

/// <summary>
/// Sign-in with a user name and password; attempts are limited per client address and failures per user name,
/// counted across all hosts (<see cref="SignInLimits"/>).
/// </summary>
[OpenToEveryone]
public sealed class SignInModel(UserStore users, SignInLimits limits, WebContext words) : PageModel
{
    public string Name { get; private set; } = "";

    public string ReturnUrl { get; private set; } = "/";

    /// <summary>The last attempt failed (the page does not say whether the name or the password was wrong).</summary>
    public bool Refused { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = WebSetup.IsLocal(returnUrl) ? returnUrl! : "/";

    public async Task<IActionResult> OnPostAsync(string? name, string? password, string? returnUrl, CancellationToken cancellationToken)
    {
        OnGet(returnUrl);
        if (!await limits.AddressAllowedAsync(HttpContext.Connection.RemoteIpAddress, cancellationToken))
        {
            Response.Headers.RetryAfter = "60";
            return new ContentResult
            {
                StatusCode = StatusCodes.Status429TooManyRequests, ContentType = "text/plain; charset=utf-8", Content = words.T("signin.tooMany"),
            };
        }

        var user = await users.VerifyAsync(name, password, cancellationToken);
        if (user is null)
        {
            Name = name?.Trim() ?? "";
            Refused = true;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await HttpContext.SignInAsync(SignInCookie.Scheme, SignInCookie.Principal(user));
        return LocalRedirect(ReturnUrl);
    }
}
