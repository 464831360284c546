import { useState } from 'react';
import { App, Button, Card, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { DocumentKind, DossierDocument } from '../../../api/model';
import { isProblem } from '../../../api/problem';
import { QueryError } from '../../../components/QueryError';
import { saveBlob } from '../../../components/save-blob';
import { formatBytes, formatDateTime } from '../../../lib/format';
import { DOCUMENT_KINDS, documentLabel } from '../../../lib/labels';
import { DossierDiff } from './DossierDiff';
import { downloadDocument, nominationQueries, useUploadDocument } from '../../../queries/nominations';

/**
 * The dossier: the latest file of each kind (and the round it came in), with downloads, and
 * from round 2 on the diff with the round before. `editable` (a draft or a
 * supplement round of the person's own unit, as allowedActions say) adds an upload.
 */
export function DossierCard({ nominationId, editable, required }: { nominationId: string; editable: boolean; required: DocumentKind[] }) {
  const { message } = App.useApp();
  const dossier = useQuery(nominationQueries.documents(nominationId));
  const upload = useUploadDocument(nominationId);
  const [kind, setKind] = useState<DocumentKind>(required[0] ?? 'to_trinh');
  const docs = dossier.data?.documents ?? [];
  const missing = required.filter((k) => !docs.some((d) => d.kind === k));

  const download = async (d: DossierDocument) => {
    try {
      saveBlob(await downloadDocument(nominationId, d.kind), d.fileName);
    } catch (e) {
      void message.error(isProblem(e) ? `${e.summary}: ${e.message}` : 'Không tải được tệp.');
    }
  };

  return (
    <Card title="Hồ sơ, tài liệu" size="small" extra={dossier.data && <Typography.Text type="secondary">Vòng {dossier.data.round}</Typography.Text>}>
      {dossier.isError ? (
        <QueryError error={dossier.error} retry={() => void dossier.refetch()} />
      ) : (
        <Table<DossierDocument>
          size="small"
          rowKey="id"
          loading={dossier.isPending}
          dataSource={docs}
          pagination={false}
          locale={{ emptyText: <Typography.Text type="secondary">Chưa có tài liệu điện tử (hồ sơ giấy)</Typography.Text> }}
          columns={[
            { title: 'Loại tài liệu', key: 'kind', render: (_, d) => documentLabel(d.kind) },
            { title: 'Vòng', key: 'round', render: (_, d) => d.round },
            { title: 'Tệp', key: 'file', render: (_, d) => <span>{d.fileName} <Typography.Text type="secondary">({formatBytes(d.size)})</Typography.Text></span> },
            { title: 'Tải lên lúc', key: 'at', render: (_, d) => formatDateTime(d.uploadedAt) },
            {
              title: <span className="ktf-sr-only">Tải về</span>,
              key: 'dl',
              render: (_, d) => <Button size="small" icon={<DownloadOutlined aria-hidden />} aria-label={`Tải về ${d.fileName}`} onClick={() => void download(d)} />,
            },
          ]}
        />
      )}
      {/* From the second round on (after a supplement request), what the unit changed. */}
      {dossier.data && dossier.data.round > 1 && <DossierDiff nominationId={nominationId} from={dossier.data.round - 1} to={dossier.data.round} />}
      {required.length > 0 && (
        <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
          Thành phần hồ sơ theo quy định:{' '}
          {required.map((k) => (
            <Tag key={k} color={docs.some((d) => d.kind === k) ? 'success' : 'default'}>
              {documentLabel(k)}
            </Tag>
          ))}
          {docs.length > 0 && missing.length > 0 && <Typography.Text type="danger"> Hồ sơ điện tử còn thiếu {missing.length} tài liệu.</Typography.Text>}
        </Typography.Paragraph>
      )}
      {editable && (
        <Space style={{ marginTop: 12 }} wrap>
          <Select<DocumentKind>
            aria-label="Loại tài liệu tải lên"
            style={{ minWidth: 260 }}
            value={kind}
            onChange={setKind}
            options={DOCUMENT_KINDS.map((k) => ({ value: k, label: documentLabel(k) }))}
          />
          <Upload
            showUploadList={false}
            accept=".pdf,.png,.jpg,.jpeg,.docx"
            customRequest={({ file, onSuccess, onError }) => {
              upload.mutate(
                { kind, file: file as File },
                {
                  onSuccess: (d) => {
                    onSuccess?.(d);
                    void message.success(`Đã tải lên ${documentLabel(kind)}.`);
                  },
                  onError: (e) => {
                    onError?.(e);
                    void message.error(isProblem(e) ? `${e.summary}: ${e.message}` : 'Không tải lên được.');
                  },
                },
              );
            }}
          >
            <Button icon={<UploadOutlined aria-hidden />} loading={upload.isPending}>
              Chọn tệp tải lên
            </Button>
          </Upload>
        </Space>
      )}
    </Card>
  );
}
