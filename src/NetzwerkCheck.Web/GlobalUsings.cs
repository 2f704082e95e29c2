// Namespaces that most files of the app use; add one here only when it is in roughly 20 or more files.
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.Localization;
global using NetzwerkCheck.Domain.Assessments;
global using NetzwerkCheck.Domain.Networks;
global using NetzwerkCheck.Web.Data;
global using NetzwerkCheck.Web.Infrastructure;
