using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Planner.Access;

namespace Planner.Web;

/// <summary>Signs out (POST only, with the anti-forgery token, so that no link can sign someone out).</summary>
[OpenToEveryone]
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(SignInCookie.Scheme);
        return Redirect("/signin");
    }
}
