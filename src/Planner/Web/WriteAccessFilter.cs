using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Planner.Access;

namespace Planner.Web;

/// <summary>
/// The one rule for every page form: anyone signed in may read, only planners and admins may change.
/// Every POST to a page handler is refused with 403 for other roles, so a form left out of a
/// viewer's page is not the only thing that stops them, unless the page is marked
/// <see cref="OpenToEveryoneAttribute"/> (signing in and out) or the handler names further roles with
/// <see cref="WritableByAttribute"/>.
/// </summary>
internal sealed class WriteAccessFilter : IAsyncPageFilter
{
    public static bool MayChange(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && (user.IsInRole("planner") || user.IsInRole("admin"));

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        var reads = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        var open = context.ActionDescriptor.EndpointMetadata.OfType<OpenToEveryoneAttribute>().Any();
        var alsoWritableBy = context.HandlerMethod?.MethodInfo.GetCustomAttribute<WritableByAttribute>();
        if (!reads && !open && !MayChange(context.HttpContext.User) && alsoWritableBy?.Allows(context.HttpContext.User) != true)
        {
            context.Result = new ContentResult
            {
                StatusCode = StatusCodes.Status403Forbidden,
                ContentType = "text/plain; charset=utf-8",
                Content = "Your role may read but not change anything here; ask an administrator for the planner role.",
            };
            return;
        }

        await next();
    }
}

/// <summary>Marks a page whose forms anyone may post (the sign-in and sign-out pages).</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class OpenToEveryoneAttribute : Attribute;
