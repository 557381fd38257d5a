package org.hisops.app.internal;

/**
 * The shell's texts, filled by e4 from {@code OSGI-INF/l10n/bundle*.properties} for the product's locale
 * (a field {@code a_b} holds the key {@code a.b}). Texts of the application model use {@code %keys} in the same files.
 */
public class Messages {
    public String navigator_empty;
    public String navigator_failed;
    public String navigator_open;
    public String capability_failed_title;
    public String capability_failed_hint;
    public String view_failed_title;
    public String view_failed_hint;
    public String capability_noview_hint;
    public String capability_waiting;
    public String capability_removed;
    public String capability_missing;
    public String capability_switchedOff;
    public String details;
    public String sitebar_site;
    public String sitebar_site_tooltip;
    public String sitebar_role;
    public String sitebar_operator;
    public String sitebar_administrator;
    public String sitebar_signin;
    public String sitebar_signout;
    public String sitebar_setpassword;
    public String sitebar_signedin;
    public String sitebar_switch_failed;
    public String status_ready;
    public String status_job;
    public String status_job_indeterminate;
    public String status_jobs_more;
    public String home_subtitle;
    public String home_site;
    public String home_summary;
    public String home_empty;
    public String home_open;
    public String about_title;
    public String about_description;
    public String about_version;
    public String about_java;
    public String about_os;
    public String about_locale;
    public String about_install;
    public String about_instance;
    public String about_site;
    public String about_bundles;
    public String about_bundles_value;
    public String about_copy;
    public String about_close;
}
