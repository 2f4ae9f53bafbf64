using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Planner.Access;

/// <summary>
/// The web pages' sign-in cookie, and the choice between it and API tokens. A request with an
/// <c>Authorization</c> header, or to <c>/api</c> without the cookie, is a token request; every other
/// request is a browser's. The cookie is checked against the user table on every request, so a
/// removed user or a changed role takes effect at once, and against the sign-ins kept on the server, so signing
/// out ends that sign-in for good (<see cref="SignInStore"/>).
/// </summary>
public static class SignInCookie
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    /// <summary>The default scheme, which forwards to the token or the cookie scheme.</summary>
    public const string Either = "PlannerEither";

    public const string CookieName = "planner.auth";

    public static string ChooseScheme(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Headers.Authorization.Count > 0)
            return BearerTokenHandler.Scheme;
        var api = context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                  || context.Request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);
        return api && !context.Request.Cookies.ContainsKey(CookieName) ? BearerTokenHandler.Scheme : Scheme;
    }

    public static void Configure(CookieAuthenticationOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        o.Cookie.Name = CookieName;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
        o.LoginPath = "/signin";
        o.LogoutPath = "/signout";
        o.Events.OnValidatePrincipal = ValidateAsync;
        o.Events.OnSigningIn = SigningInAsync;
        o.Events.OnSigningOut = SigningOutAsync;
        o.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
    }

    /// <summary>The principal a signed-in user carries in the cookie.</summary>
    public static ClaimsPrincipal Principal(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, user.Name),
                new Claim(ClaimTypes.Role, TokenStore.RoleName(user.Role)),
            ],
            Scheme));
    }

    /// <summary>Records the sign-in on the server and puts its id in the cookie (see <see cref="SignInStore"/>).</summary>
    private static async Task SigningInAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity
            || !long.TryParse(identity.FindFirst(ClaimTypes.NameIdentifier)?.Value, CultureInfo.InvariantCulture, out var userId))
            return;
        if (identity.FindFirst(SignInStore.ClaimType) is { } old)
            identity.RemoveClaim(old);
        var id = await context.HttpContext.RequestServices.GetRequiredService<SignInStore>().StartAsync(userId, context.HttpContext.RequestAborted);
        identity.AddClaim(new Claim(SignInStore.ClaimType, id));
    }

    /// <summary>Signing out ends the sign-in on the server, so the cookie stops working even where a copy of it is kept.</summary>
    private static Task SigningOutAsync(CookieSigningOutContext context) =>
        context.HttpContext.RequestServices.GetRequiredService<SignInStore>().EndAsync(context.HttpContext.User, context.HttpContext.RequestAborted);

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var user = long.TryParse(id, CultureInfo.InvariantCulture, out var userId)
            ? await context.HttpContext.RequestServices.GetRequiredService<UserStore>().FindAsync(userId, context.HttpContext.RequestAborted)
            : null;
        if (user is not null && !await context.HttpContext.RequestServices.GetRequiredService<SignInStore>()
                .IsOpenAsync(context.Principal!, user.Id, context.HttpContext.RequestAborted))
            user = null;
        if (user is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
        else if (!context.Principal!.IsInRole(TokenStore.RoleName(user.Role)))
        {
            var replaced = Principal(user);
            ((ClaimsIdentity)replaced.Identity!).AddClaim(new Claim(SignInStore.ClaimType, context.Principal.FindFirstValue(SignInStore.ClaimType)!));
            context.ReplacePrincipal(replaced);
            context.ShouldRenew = true;
        }
    }

    // Pages send a browser to the sign-in page; the API answers with a status code, as does a refusal.
    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (status == StatusCodes.Status403Forbidden || context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
