package org.cardhub.backoffice;

import org.cardhub.demomail.boundary.DemoMailbox;
import org.cardhub.demomail.entity.MailServerUnavailableException;
import org.cardhub.demomail.entity.MailSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/**
 * The latest mails of the demo mailbox, a page at a time. The mail server cannot page across its mailboxes, so the
 * list is read once for the page's view (the newest {@value DemoMailbox#LATEST}) and paged here; reloading the page
 * reads it again.
 */
class MailTable extends LazyDataModel<MailSummary> {

    private final DemoMailbox mailbox;
    private final String address;
    private transient List<MailSummary> latest;
    private boolean unavailable;

    MailTable(DemoMailbox mailbox, String address) {
        this.mailbox = mailbox;
        this.address = address;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return latest().size();
    }

    @Override
    public List<MailSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        List<MailSummary> all = latest();
        int from = Math.min(Math.max(first, 0), all.size());
        return all.subList(from, Math.min(from + Math.max(pageSize, 0), all.size()));
    }

    @Override
    public String getRowKey(MailSummary mail) {
        return mail.uid() + "/" + mail.mailbox();
    }

    @Override
    public MailSummary getRowData(String rowKey) {
        return latest().stream().filter(mail -> getRowKey(mail).equals(rowKey)).findFirst().orElse(null);
    }

    /** Whether the mail server did not answer when the list was read: an empty table then means just that. */
    boolean isUnavailable() {
        return unavailable;
    }

    private List<MailSummary> latest() {
        if (latest == null) {
            try {
                latest = mailbox.latest(address);
                unavailable = false;
            } catch (MailServerUnavailableException e) {
                latest = List.of();
                unavailable = true;
            }
        }
        return latest;
    }
}
