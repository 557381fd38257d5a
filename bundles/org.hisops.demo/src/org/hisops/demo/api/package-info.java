/**
 * The demo site (演示医院 / Demo Hospital) that a fresh installation starts on: a real PostgreSQL primary with a
 * streaming standby holding a sample hospital database, built once in the data folder and kept between runs, and
 * emulated Oracle endpoints. {@link org.hisops.demo.api.DemoSite} tells what state it is in and rebuilds it on
 * request.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.hisops.demo.api;
